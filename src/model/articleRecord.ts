import { z } from 'zod';
import { correctionMark } from './correction.js';
import { statementKinds } from './vocabulary.js';

/**
 * The JSON record of one analysed article: what `analyze --json`, `show --json`
 * and the API return. This zod schema is the single definition; the JSON
 * Schema in docs/schema/ is generated from it (npm run schema) and a test
 * keeps the two equal. Offsets index into `text`.
 */

const span = {
  start: z.number().int().nonnegative().describe('first character, index into text'),
  end: z.number().int().nonnegative().describe('one past the last character'),
};

const quotedSpan = z.object({ text: z.string(), ...span });

const timePart = z.enum(['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'weekday', 'partOfDay', 'hour', 'minute', 'second']);

export const entityRecord = z.object({
  text: z.string(),
  type: z.enum(['person', 'organization', 'place']),
  canonical: z.string().describe("the fullest name this article uses for the same referent ('Mr Basri' -> 'Abu Ali al-Basri')"),
  ...span,
  rule: z.string(),
});

export const timeRecord = z.object({
  text: z.string(),
  ...span,
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string().describe('TIMEX3 value: 2017-05-28, 2017-06, 2016-FA, 2017-W24, P5M, PAST_REF, ...'),
  how: z.object({
    rule: z.string(),
    stated: z.array(timePart).describe('parts written in the text'),
    inferred: z.array(timePart).describe('parts taken from the publication date or an earlier time expression'),
    anchor: z.enum(['publication', 'previous-time', 'none']).optional(),
  }),
});

export const statementRecord = z.object({
  id: z.string(),
  speaker: z.object({ text: z.string(), canonical: z.string(), ...span }).nullable().describe('null when the source is not named'),
  cue: quotedSpan.describe("'said', 'told Reuters', 'according to', 'claimed', a headline's 'says'"),
  content: quotedSpan,
  kind: z.enum(statementKinds),
  hedges: z.array(quotedSpan).describe("'may have', 'highly likely', 'no 100 percent confirmation'"),
  negated: z.boolean(),
  negation: z.array(quotedSpan),
  rule: z.string(),
});

export const articleRecord = z.object({
  id: z.string().describe('derived from the content hash: the same article is stored once'),
  source: z.string().describe("file path, 'path:line' for a JSONL line"),
  url: z.string().nullable(),
  format: z.enum(['text', 'html']),
  encoding: z.string(),
  title: z.string().nullable(),
  title_how: z.string(),
  outlet: z.object({
    name: z.string(),
    how: z.enum(['manifest', 'jsonl', 'upload', 'html-meta', 'signature', 'url-host', 'dateline-agency', 'unknown', 'corrected']).describe("'corrected': set by hand (see corrections)"),
  }),
  published: z.object({
    value: z.string().nullable().describe('YYYY-MM-DD when the day is known'),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    how: z.string().describe("'manifest', 'jsonl', 'upload', 'feed:<where>', 'html-meta:<where>', 'url', 'text-dateline', 'content-range', 'unknown'"),
    confidence: z.number().min(0).max(1),
  }),
  authors: z
    .array(z.object({ name: z.string(), how: z.string().describe("where the input named the author: 'feed dc:creator', 'feed atom author', 'feed authors'") }))
    .describe('the authors the input named (a feed item); empty when none was named'),
  text_how: z
    .string()
    .nullable()
    .describe("how the text was found when it is not the input itself: 'feed content:encoded', \"fetched from the feed item's link\", 'fetched', 'WARC response record'; null for a file, JSONL line or upload"),
  text: z.string().describe('the clean text: title first, then paragraphs separated by blank lines'),
  paragraphs: z.array(z.object({ ...span, kind: z.enum(['title', 'standfirst', 'caption', 'body']) })),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })).describe('boilerplate removed from the page, and why'),
  metadata_only: z
    .string()
    .optional()
    .describe("why the article holds no text when only its metadata (title, outlet, date) was stored: 'no article text found: all 12 blocks looked like page furniture (...)'; absent when it has text"),
  entities: z.array(entityRecord),
  times: z.array(timeRecord),
  statements: z.array(statementRecord),
  corrections: z.array(correctionMark).optional().describe('the corrections by hand in force that changed it or its statements; absent when none did'),
});


export type ArticleRecord = z.infer<typeof articleRecord>;
