import { z } from 'zod';
import { articleBody, suppliedField } from '../ingest/jsonlArticle.js';
import { articleRecord } from '../record/articleRecord.js';
import { claimRecord, sourceRecord } from '../record/storyRecord.js';
import type { ArticleSummary } from '../store/loadArticles.js';
import type { StatementListItem } from '../store/listStatements.js';
import type { ClaimSummary } from '../store/loadStory.js';
import type { SourceMatrix } from '../usecases/buildSourceMatrix.js';
import type { IngestSummary } from '../usecases/ingestArticles.js';
import type { IngestJob } from '../usecases/IngestJobs.js';
import type { ClaimView, CorpusSpan } from '../usecases/readStory.js';
import type { TimelineView } from '../usecases/readTimeline.js';
import type { SearchResult } from '../usecases/searchStory.js';

/**
 * The shapes the API returns, as zod schemas: the OpenAPI document is
 * generated from them and the HTTP tests parse every response with them, so
 * the document cannot drift from what the routes send. The `satisfies`
 * checks at the bottom make tsc fail when a use case's type and its schema
 * part ways.
 */

const stances = z.object({ asserts: z.number().int(), denies: z.number().int(), doubts: z.number().int(), reports: z.number().int() });
const claimStatus = claimRecord.shape.status;

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
  status: z.string(),
  statementCount: z.number().int(),
  sourceCount: z.number().int().describe('independent sources'),
  stances: stances.describe('independent sources per stance'),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
});

export const storyBoard = z.object({
  corpus: corpusSpan,
  claims: z.array(claimSummary).describe('every claim, most-reported first'),
  stale: z.boolean().describe('the story lags the stored articles (stored by an older version, or by a run that stopped before relating them): run corroborate relate'),
});

export const claimView = z.object({
  claim: claimRecord,
  related: z.array(z.object({ id: z.string(), text: z.string(), status: z.string() })),
  sources: z.array(sourceRecord),
});

export const articleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string(),
  published: z.string().nullable(),
  source: z.string(),
  statements: z.number().int(),
});

export const statementListItem = z.object({
  article: z.string(),
  statement: z.string(),
  speaker: z.string().nullable().describe('canonical name; null when the source is not named'),
  cue: z.string(),
  content: z.string(),
  kind: z.enum(['direct', 'indirect', 'according-to', 'headline']),
  hedges: z.array(z.string()).describe("hedging words as written ('may have')"),
  negated: z.boolean(),
  published: z.string().nullable(),
  outlet: z.string(),
  title: z.string().nullable(),
});

export const sourceList = z.object({ items: z.array(sourceRecord) });

export const sourceMatrix = z.object({
  claims: z.array(z.object({ id: z.string(), text: z.string(), status: claimStatus })),
  speakers: z.array(z.object({ name: z.string(), side: z.string(), kind: z.enum(['speaker', 'outlet']) })),
  cells: z.array(z.object({ speaker: z.string(), claim: z.string(), stances: stances.describe('independent sources per stance') })),
});

export const timelineView = z.object({
  events: z.array(z.object({ from: z.string(), to: z.string(), claim: z.string(), text: z.string() })).describe('the event clock'),
  reports: z
    .array(
      z.object({
        date: z.string(), claim: z.string(), claimText: z.string(), article: z.string(), statement: z.string(),
        speaker: z.string(), outlet: z.string(), stance: z.enum(['asserts', 'denies', 'doubts', 'reports']), text: z.string(),
      }),
    )
    .describe('the report clock'),
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

const ingestItem = z.discriminatedUnion('outcome', [
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

/** The fields a JSONL line supplies, with the same limits and refusals (see src/ingest/storableText.ts). */
export const pastedArticle = z.object({
  text: articleBody('text').min(1, { error: 'text must be the article, as plain text or HTML' }),
  name: suppliedField('name').optional().describe("a label for messages and the record's source (default 'pasted text')"),
  title: suppliedField('title').optional(),
  outlet: suppliedField('outlet').optional(),
  published: suppliedField('published').optional().describe('YYYY-MM-DD, or as the outlet writes it'),
  url: suppliedField('url').optional(),
});

export const errorBody = z.object({ error: z.object({ status: z.number().int(), message: z.string() }) });

/** `{ total, items }` for a paged list. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int().describe('items across all pages'), items: z.array(item) });
}

export const schemas = {
  ArticleRecord: articleRecord,
  ArticleSummary: articleSummary,
  ClaimSummary: claimSummary,
  ClaimView: claimView,
  StoryBoard: storyBoard,
  StatementListItem: statementListItem,
  SourceList: sourceList,
  SourceMatrix: sourceMatrix,
  TimelineView: timelineView,
  SearchResult: searchResult,
  IngestJob: ingestJob,
  PastedArticle: pastedArticle,
  Error: errorBody,
} as const;

// Compile-time agreement between the use cases' types and the schemas above.
void ({} as CorpusSpan satisfies z.infer<typeof corpusSpan>);
void ({} as ClaimSummary satisfies z.infer<typeof claimSummary>);
void ({} as ClaimView satisfies z.infer<typeof claimView>);
void ({} as ArticleSummary satisfies z.infer<typeof articleSummary>);
void ({} as StatementListItem satisfies z.infer<typeof statementListItem>);
void ({} as SourceMatrix satisfies z.infer<typeof sourceMatrix>);
void ({} as TimelineView satisfies z.infer<typeof timelineView>);
void ({} as SearchResult satisfies z.infer<typeof searchResult>);
void ({} as IngestSummary satisfies z.infer<typeof ingestSummary>);
void ({} as IngestJob satisfies z.infer<typeof ingestJob>);
