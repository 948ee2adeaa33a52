import { z } from 'zod';
import { correctionMark } from './correction.js';
import { claimRecord, sourceRecord } from './storyRecord.js';
import { sourceKinds, stances, statementKinds, statuses, type Stance } from './vocabulary.js';

/**
 * The views the HTTP API returns, as zod schemas. They sit in the shared
 * model so that one source gives the server its checks and OpenAPI document
 * (src/api/apiSchemas.ts) and the web app its types (web/src/types.ts, which
 * imports them type-only, so zod stays out of the bundle).
 */

/** `{ asserts, denies, doubts, reports }`, one count per stance word. */
const stanceCounts = z.object(Object.fromEntries(stances.map((stance) => [stance, z.number().int()])) as Record<Stance, z.ZodNumber>);
const claimStatus = z.enum(statuses);

export const corpusSpan = z.object({
  count: z.number().int().describe('stored articles'),
  outlets: z.number().int(),
  first: z.string().nullable().describe('earliest publication date'),
  last: z.string().nullable(),
});

export const claimSummary = z.object({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  text: z.string(),
  status: claimStatus,
  statementCount: z.number().int(),
  sourceCount: z.number().int().describe('independent sources'),
  stances: stanceCounts.describe('independent sources per stance'),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
  corrections: z.array(correctionMark).describe("the corrections by hand that changed it, for a 'corrected by hand' mark; empty when none did"),
});

export const storyBoard = z.object({
  corpus: corpusSpan,
  claims: z.array(claimSummary).describe('every claim, most-reported first'),
  stale: z.boolean().describe('the story lags the stored articles (stored by an older version, or by a run that stopped before relating them): run corroborate relate'),
});

export const claimView = z.object({
  claim: claimRecord,
  related: z.array(z.object({ id: z.string(), text: z.string(), status: claimStatus })),
  sources: z.array(sourceRecord),
});

const cursor = z.string().nullable().describe('pass it back as `cursor` for the next page; null after the last');
const stanceCursors = z.object(Object.fromEntries(stances.map((stance) => [stance, cursor])) as Record<Stance, typeof cursor>);

/** A source in a list: its first echoes only, with how many and in which outlets (a ministry line echoed 900 times is one row, not 100 kB). */
export const sourceSummary = sourceRecord.extend({
  statements: sourceRecord.shape.statements.describe('its first echoes (at most 10), earliest in the story first'),
  echoes: z.number().int().describe('echoes in all'),
  outlets: z.array(z.string()).describe('the outlets that carried it, in the order first carried (at most 50)'),
});

export const claimPage = claimView.extend({
  claim: claimRecord.describe("the claim's record; `statements` holds the first `limit` statements of each stance, earliest reported first"),
  sources: z.array(sourceSummary).describe('the first `limit` independent sources, most echoed first'),
  summary: z.object({
    statements: z.number().int().describe('all its statements'),
    stances: stanceCounts.describe('statements per stance'),
    outlets: z.array(z.object({ outlet: z.string(), statements: z.number().int() })).describe('outlets that carried it, most statements first (at most 50)'),
    outletCount: z.number().int().describe('outlets in all'),
    sources: z.number().int().describe('independent sources in all'),
    firstReported: z.string().nullable(),
    lastReported: z.string().nullable(),
  }),
  next: z.object({
    statements: stanceCursors.describe('per stance, the cursor of GET /api/claims/{id}/statements?stance= for the statements not shown'),
    sources: cursor.describe('the cursor of GET /api/claims/{id}/sources for the sources not shown'),
  }),
});

export const articleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string(),
  published: z.string().nullable(),
  source: z.string(),
  statements: z.number().int(),
  metadata_only: z.literal(true).optional().describe('only the metadata was stored: the page held no article text (the article record says why); absent when it has text'),
  corrections: z.array(correctionMark).optional().describe('the corrections by hand in force that set its outlet or date or excluded it; absent when none did'),
});

export const statementListItem = z.object({
  article: z.string(),
  statement: z.string(),
  speaker: z.string().nullable().describe('canonical name; null when the source is not named'),
  cue: z.string(),
  content: z.string(),
  kind: z.enum(statementKinds),
  hedges: z.array(z.string()).describe("hedging words as written ('may have')"),
  negated: z.boolean(),
  published: z.string().nullable(),
  outlet: z.string(),
  title: z.string().nullable(),
});

export const sourceList = z.object({ items: z.array(sourceRecord) });

/** `{ total, items, next }`: a page of a list walked with a cursor. */
export function cursorPage<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int().describe('items across all pages'), items: z.array(item), next: cursor });
}

export const sourcePage = cursorPage(sourceSummary);
export const claimStatementPage = cursorPage(claimRecord.shape.statements.element);

export const sourceMatrix = z.object({
  claims: z.array(z.object({ id: z.string(), text: z.string(), status: claimStatus })),
  speakers: z.array(z.object({ name: z.string(), side: z.string(), kind: z.enum(sourceKinds) })),
  cells: z.array(z.object({ speaker: z.string(), claim: z.string(), stances: stanceCounts.describe('independent sources per stance') })),
});

export const sourceMatrixPage = sourceMatrix.extend({
  speakers: sourceMatrix.shape.speakers.describe('a page of the rows: speakers with the most independent sources first'),
  cells: sourceMatrix.shape.cells.describe("the page's speakers' cells"),
  total: z.number().int().describe('speakers across all pages'),
  next: cursor,
});

export const timelineView = z.object({
  events: z.array(z.object({ from: z.string(), to: z.string(), claim: z.string(), text: z.string() })).describe('the event clock'),
  reports: z
    .array(
      z.object({
        date: z.string(), claim: z.string(), claimText: z.string(), article: z.string(), statement: z.string(),
        speaker: z.string(), outlet: z.string(), stance: z.enum(stances), text: z.string(),
      }),
    )
    .describe('the report clock'),
});

export const timelinePage = timelineView.extend({
  reports: timelineView.shape.reports.describe('a page of the report clock, earliest first'),
  total: z.number().int().describe('reports across all pages'),
  next: cursor,
});

export const searchResult = z.object({
  kind: z.enum(['article', 'statement']),
  article: z.string(),
  statement: z.string().optional(),
  title: z.string().nullable(),
  outlet: z.string(),
  published: z.string().nullable(),
  snippet: z.object({
    text: z.string().describe('plain text, never markup'),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end) offsets of matched words in snippet.text (JavaScript string indices)'),
  }),
});

const outcome = z.object({ id: z.string(), source: z.string(), storedFrom: z.string().optional() });
export const ingestSummary = z.object({
  stored: z.array(outcome),
  duplicates: z.array(outcome.describe('already stored (same content); storedFrom is where it first came from')),
  failed: z.array(z.object({ source: z.string(), reason: z.string().describe('the same message as `corroborate analyze`') })),
});

export const ingestItem = z.discriminatedUnion('outcome', [
  z.object({ source: z.string(), outcome: z.literal('waiting').describe('not analysed yet') }),
  z.object({ source: z.string(), outcome: z.literal('stored'), id: z.string() }),
  z.object({ source: z.string(), outcome: z.literal('duplicate'), id: z.string(), storedFrom: z.string().optional().describe('where the stored copy came from') }),
  z.object({ source: z.string(), outcome: z.literal('failed'), reason: z.string().describe('the same message as `corroborate analyze`') }),
]);

export const ingestJob = ingestSummary.extend({
  id: z.string().describe('poll GET /api/ingest/jobs/{id} until status is "finished"'),
  status: z.enum(['running', 'finished']),
  started: z.string().describe('ISO time'),
  finished: z.string().nullable(),
  total: z.number().int().describe('inputs: files, JSONL lines, or the pasted text'),
  done: z.number().int().describe('inputs decided so far'),
  items: z.array(ingestItem).describe('every input in the order sent, with its outcome so far'),
  warnings: z.array(z.string()).describe('what was set aside or repaired while reading and analysing, as `corroborate analyze` lists it'),
}).describe('an upload being analysed; stored, duplicates and failed sum up the items decided so far');

export const errorBody = z.object({ error: z.object({ status: z.number().int(), message: z.string() }) });

/** `{ total, items }` for a paged list. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int().describe('items across all pages'), items: z.array(item) });
}

export type CorpusSpanView = z.infer<typeof corpusSpan>;
export type ClaimSummaryView = z.infer<typeof claimSummary>;
export type StoryBoardView = z.infer<typeof storyBoard>;
export type ClaimPageView = z.infer<typeof claimPage>;
export type ArticleSummaryView = z.infer<typeof articleSummary>;
export type StatementListItemView = z.infer<typeof statementListItem>;
export type SourceMatrixView = z.infer<typeof sourceMatrixPage>;
export type TimelineReportView = z.infer<typeof timelinePage>;
export type SourcePageView = z.infer<typeof sourcePage>;
export type SourceSummaryView = z.infer<typeof sourceSummary>;
export type ClaimStatementPageView = z.infer<typeof claimStatementPage>;
export type SearchResultView = z.infer<typeof searchResult>;
export type IngestItemView = z.infer<typeof ingestItem>;
export type IngestJobView = z.infer<typeof ingestJob>;
