import { z } from 'zod';
import { articleBody, suppliedField } from '../ingest/jsonlArticle.js';
import { articleRecord } from '../record/articleRecord.js';
import { explainUnreadDate } from '../metadata/explainUnreadDate.js';
import { parseDateString } from '../metadata/parseDateString.js';
import { checkReport, checkResultRecord, watchedClaimRecord } from '../model/checkRecord.js';
import {
  articleSummary, claimPage, claimStatementPage, claimSummary, claimView, corpusSpan, errorBody, ingestJob, ingestSummary, searchResult,
  sourceMatrixPage, sourcePage, statementListItem, storyBoard, timelinePage,
} from '../model/apiViews.js';
import type { ArticleSummary } from '../store/loadArticles.js';
import type { StatementListItem } from '../store/listStatements.js';
import type { ClaimSummary } from '../store/loadStory.js';
import type { IngestSummary } from '../usecases/ingestArticles.js';
import type { IngestJob } from '../usecases/IngestJobs.js';
import type { ClaimView, CorpusSpan } from '../usecases/readStory.js';
import type { ClaimPage, Paged, SourceMatrixPage, SourceSummary, TimelinePage } from '../usecases/readStoryPages.js';
import type { ClaimRecord } from '../record/storyRecord.js';
import type { SearchResult } from '../usecases/searchStory.js';

export * from '../model/apiViews.js';
export { correctionList, correctionOutcome, correctionRecord, correctionRequest, undoRequest } from '../model/correction.js';
import { correctionList, correctionOutcome, correctionRecord, correctionRequest, undoRequest } from '../model/correction.js';

/** A claim as a user types it: one sentence, not an article. */
const statedClaim = z.string().trim().min(1, { error: 'the claim is empty' }).max(1000, { error: 'a claim is one sentence: at most 1,000 characters' });
const claimId = z.string().trim().min(1).max(120).regex(/^[^\s/?#]+$/u, { error: 'an id has no spaces, slashes, ? or #' });

export const checkRequest = z.union([
  z.object({ claims: z.array(z.object({ claim: statedClaim, id: claimId.nullish() })).min(1).max(100, { error: 'at most 100 claims per request' }) }),
  z.object({ claim: statedClaim, id: claimId.nullish() }),
]);

export const watchRequest = z.object({ claim: statedClaim, id: claimId.nullish().describe('default: made from the words of the claim') });

/**
 * The shapes the API returns, as zod schemas (the views live in the shared
 * model, src/model/apiViews.ts, for the web app's types): the OpenAPI document is
 * generated from them and the HTTP tests parse every response with them, so
 * the document cannot drift from what the routes send. The `satisfies`
 * checks at the bottom make tsc fail when a use case's type and its schema
 * part ways.
 */

/** The fields a JSONL line supplies, with the same limits and refusals (see src/ingest/storableText.ts). */
export const pastedArticle = z.object({
  text: articleBody('text').min(1, { error: 'text must be the article, as plain text or HTML' }),
  name: suppliedField('name').optional().describe("a label for messages and the record's source (default 'pasted text')"),
  title: suppliedField('title').optional(),
  outlet: suppliedField('outlet').optional(),
  published: suppliedField('published').optional().describe('YYYY-MM-DD, or as the outlet writes it'),
  url: suppliedField('url').optional(),
});

/** A form field left empty, or a JSON null, is absent; what is given is trimmed. */
const blankIsAbsent = (value: unknown) => (value === null ? undefined : typeof value === 'string' ? value.trim() || undefined : value);

/** 'https://example.org/story': an address a browser opens, so the outlet can be read from its host. */
function isHttpAddress(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * What the upload form gives beside the files, for each text or HTML file:
 * the outlet, the article's address, its publication day. Checked here so a
 * mistyped value is refused (400, naming the field) while the user is still at
 * the form, instead of being set aside later with a warning as a JSONL line's would be.
 */
export const uploadMetadata = z.object({
  outlet: z.preprocess(blankIsAbsent, suppliedField('outlet').optional()).describe('the outlet that published the files (empty: read from the article)'),
  url: z
    .preprocess(
      blankIsAbsent,
      suppliedField('url')
        .refine(isHttpAddress, { error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) address; expected one like https://example.org/news/story` })
        .optional(),
    )
    .describe("the article's address (empty: none)"),
  published: z
    .preprocess(
      blankIsAbsent,
      suppliedField('published')
        .refine((value) => parseDateString(value) !== null, {
          error: (issue) => `${JSON.stringify(issue.input)} is not a date: ${explainUnreadDate(issue.input as string)}; expected YYYY-MM-DD`,
        })
        .optional(),
    )
    .describe('the publication day, YYYY-MM-DD (empty: read from the article)'),
});

export const schemas = {
  ArticleRecord: articleRecord,
  ArticleSummary: articleSummary,
  ClaimSummary: claimSummary,
  ClaimView: claimPage,
  ClaimStatementPage: claimStatementPage,
  StoryBoard: storyBoard,
  StatementListItem: statementListItem,
  SourcePage: sourcePage,
  SourceMatrix: sourceMatrixPage,
  TimelineView: timelinePage,
  SearchResult: searchResult,
  IngestJob: ingestJob,
  PastedArticle: pastedArticle,
  CheckRequest: checkRequest,
  CheckReport: checkReport,
  CheckResult: checkResultRecord,
  WatchRequest: watchRequest,
  WatchedClaim: watchedClaimRecord,
  CorrectionRequest: correctionRequest,
  UndoRequest: undoRequest,
  Correction: correctionRecord,
  CorrectionList: correctionList,
  CorrectionOutcome: correctionOutcome,
  Error: errorBody,
} as const;

// Compile-time agreement between the use cases' types and the schemas above.
void ({} as CorpusSpan satisfies z.infer<typeof corpusSpan>);
void ({} as ClaimSummary satisfies z.infer<typeof claimSummary>);
void ({} as ClaimView satisfies z.infer<typeof claimView>);
void ({} as ArticleSummary satisfies z.infer<typeof articleSummary>);
void ({} as StatementListItem satisfies z.infer<typeof statementListItem>);
void ({} as ClaimPage satisfies z.infer<typeof claimPage>);
void ({} as Paged<ClaimRecord['statements'][number]> satisfies z.infer<typeof claimStatementPage>);
void ({} as Paged<SourceSummary> satisfies z.infer<typeof sourcePage>);
void ({} as SourceMatrixPage satisfies z.infer<typeof sourceMatrixPage>);
void ({} as TimelinePage satisfies z.infer<typeof timelinePage>);
void ({} as SearchResult satisfies z.infer<typeof searchResult>);
void ({} as IngestSummary satisfies z.infer<typeof ingestSummary>);
void ({} as IngestJob satisfies z.infer<typeof ingestJob>);
