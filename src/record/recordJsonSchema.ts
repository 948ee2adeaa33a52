import { z } from 'zod';
import { articleRecord } from './articleRecord.js';
import { claimRecord, sourceRecord } from './storyRecord.js';

/** What `analyze --json FILE` writes: the analysed articles, then the story of everything in the store. */
export const analysisRecord = z.object({
  articles: z.array(articleRecord),
  claims: z.array(claimRecord),
  sources: z.array(sourceRecord),
});

export type AnalysisRecord = z.infer<typeof analysisRecord>;

/** The JSON Schema (draft 2020-12) of `analyze --json` output, generated from the zod definition. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    title: 'corroborate analysis record',
    description:
      "Output of `corroborate analyze --json FILE`: every analysed article with its metadata (and how each was found), clean text, removed boilerplate, entities, time expressions and attributed statements (offsets index into each article's text); then the story across all stored articles: claims with their statements, stances, relations and status history, and sources (original utterances, with every outlet that echoed them).",
    ...z.toJSONSchema(analysisRecord),
  };
}
