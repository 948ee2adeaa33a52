import { z } from 'zod';
import { articleRecord } from './articleRecord.js';
import { claimRecord, sourceRecord } from './storyRecord.js';
import { checkReport } from '../model/checkRecord.js';

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

/** The JSON Schema (draft 2020-12) of `check --json` output and of `POST /api/check` answers. */
export function checkJsonSchema(): Record<string, unknown> {
  return {
    title: 'corroborate check record',
    description:
      'Output of `corroborate check --json`: for each stated claim, the stored articles that bear on it (each with its stance toward the claim, a confidence, and its evidence: the statements or sentences, each with its own stance, the words that decided it and whether a rule or the learned judge decided), its status over time on the report clock computed as for a derived claim, the dates its asserting evidence states (the event clock), and the derived claims that match it.',
    ...z.toJSONSchema(checkReport),
  };
}
