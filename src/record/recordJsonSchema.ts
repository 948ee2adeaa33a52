import { z } from 'zod';
import { analysisRecord } from './articleRecord.js';

/** The JSON Schema (draft 2020-12) of `analyze --json` output, generated from the zod definition. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    title: 'corroborate analysis record',
    description: 'Output of `corroborate analyze --json FILE`: every analysed article with its metadata (and how each was found), clean text, removed boilerplate, entities, time expressions and attributed statements. Offsets index into each article\'s text.',
    ...z.toJSONSchema(analysisRecord),
  };
}
