// The shapes the HTTP API returns, taken from the shared model's zod schemas
// (src/model/): the same source gives the server its checks and OpenAPI
// document. Type-only imports, so zod never enters the bundle; the word lists
// come from src/model/vocabulary.ts, which is plain arrays.
import type { ArticleRecord } from '../../src/model/articleRecord.js';
import type { CheckArticle, CheckEvidence, CheckMatch, CheckReport, CheckResult, CheckStatusChange, WatchedClaim } from '../../src/model/checkRecord.js';
import type {
  ArticleSummaryView, ClaimPageView, ClaimSummaryView, IngestItemView, IngestJobView, SearchResultView, SourceMatrixView,
  SourceSummaryView, StoryBoardView, TimelineReportView,
} from '../../src/model/apiViews.js';
import type { ClaimRecord, SourceRecord } from '../../src/model/storyRecord.js';
import type {
  CorrectionChange, CorrectionMark, CorrectionOutcomeView, CorrectionRecord, CorrectionRequest, CorrectionTarget,
} from '../../src/model/correction.js';
import type { Stance, StanceCounts, Status } from '../../src/model/vocabulary.js';

export { stances } from '../../src/model/vocabulary.js';
export type { ArticleRecord, ClaimRecord, SourceRecord, Stance, StanceCounts, Status };
/** A stated claim checked against the stored articles (POST /api/check, GET /api/watch/{id}). */
export type { CheckArticle, CheckEvidence, CheckMatch, CheckReport, CheckResult, CheckStatusChange, WatchedClaim };

/** Corrections by hand (GET/POST /api/corrections, POST /api/corrections/{id}/undo; docs/corrections.md). */
export type { CorrectionChange, CorrectionMark, CorrectionRecord, CorrectionRequest, CorrectionTarget };
export type CorrectionOutcome = CorrectionOutcomeView;

export type ClaimStatement = ClaimRecord['statements'][number];
export type ArticleStatement = ArticleRecord['statements'][number];

export interface Page<T> {
  total: number;
  items: T[];
}

/** A page of a list walked with a cursor: pass `next` back for the following page; null after the last. */
export interface CursorPage<T> extends Page<T> {
  next: string | null;
}

/** A source in a list: its first echoes, with how many and the outlets. */
export type SourceSummary = SourceSummaryView;

export type ClaimSummary = ClaimSummaryView;
export type StoryView = StoryBoardView;
export type ClaimView = ClaimPageView;
export type ClaimRef = ClaimView['related'][number];
export type ArticleSummary = ArticleSummaryView;
export type MatrixView = SourceMatrixView;
export type TimelineView = TimelineReportView;
export type SearchHit = SearchResultView;
/** One uploaded input: waiting for its turn, or what became of it. */
export type IngestItem = IngestItemView;
/** An upload being analysed on the server (POST /api/ingest answers with it; poll /api/ingest/jobs/{id}). */
export type IngestJob = IngestJobView;

/** The statuses top to bottom as the status chart draws them: best supported first (every status once; tsc checks). */
export const statuses = ['corroborated', 'claimed', 'unverified', 'disputed', 'refuted'] as const satisfies readonly Status[];
void ({} as Status satisfies (typeof statuses)[number]);
