/**
 * The longest value each metadata field may hold, in characters. A supplied
 * value over its limit is refused at the edge (src/ingest/storableText.ts:
 * 'outlet is 1,048,576 characters; at most 300 allowed', a wrong column, not
 * a name); a value the analysis finds itself (a page's <title>, its canonical
 * url, a speaker) is cut to it; and the story cuts attribution names to the
 * outlet's limit when it derives a subject, so a store written before these
 * limits still reads.
 */
export const fieldLimits = {
  title: 500,
  outlet: 300,
  url: 2048,
  published: 100,
  name: 200,
  speaker: 200,
} as const;

export type LimitedField = keyof typeof fieldLimits;
