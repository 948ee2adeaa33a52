// The shapes the HTTP API returns (src/api/). The article and story records are
// the same zod-derived types the CLI writes; the rest mirror the API's views.
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import type { ClaimRecord, SourceRecord } from '../../src/record/storyRecord.js';

export type { ArticleRecord, ClaimRecord, SourceRecord };

export type Stance = 'asserts' | 'denies' | 'doubts' | 'reports';
export type Status = ClaimRecord['status'];
export type StanceCounts = Record<Stance, number>;
export type ClaimStatement = ClaimRecord['statements'][number];
export type ArticleStatement = ArticleRecord['statements'][number];

export interface Page<T> {
  total: number;
  items: T[];
}

export interface ClaimSummary {
  id: string;
  subject: string;
  predicate: string;
  text: string;
  status: Status;
  statementCount: number;
  sourceCount: number;
  stances: StanceCounts;
  firstReported: string | null;
  lastReported: string | null;
}

export interface StoryView {
  corpus: { count: number; outlets: number; first: string | null; last: string | null };
  /** The story lags the stored articles: `corroborate relate` brings it up to date. */
  stale: boolean;
  claims: ClaimSummary[];
}

export interface ClaimRef {
  id: string;
  text: string;
  status: Status;
}

export interface ClaimView {
  claim: ClaimRecord;
  related: ClaimRef[];
  sources: SourceRecord[];
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string;
  published: string | null;
  source: string;
  statements: number;
}

export interface MatrixView {
  claims: ClaimRef[];
  speakers: { name: string; side: string; kind: string }[];
  cells: { speaker: string; claim: string; stances: StanceCounts }[];
}

export interface TimelineView {
  events: { from: string; to: string; claim: string; text: string }[];
  reports: {
    date: string; claim: string; claimText: string; article: string; statement: string;
    speaker: string; outlet: string; stance: Stance; text: string;
  }[];
}

export interface SearchHit {
  kind: 'article' | 'statement';
  article: string;
  statement?: string;
  title: string | null;
  outlet: string;
  published: string | null;
  snippet: { text: string; highlights: [number, number][] };
}

/** One uploaded input: waiting for its turn, or what became of it. */
export type IngestItem =
  | { source: string; outcome: 'waiting' }
  | { source: string; outcome: 'stored'; id: string }
  | { source: string; outcome: 'duplicate'; id: string; storedFrom?: string }
  | { source: string; outcome: 'failed'; reason: string };

/** An upload being analysed on the server (POST /api/ingest answers with it; poll /api/ingest/jobs/{id}). */
export interface IngestJob {
  id: string;
  status: 'running' | 'finished';
  total: number;
  done: number;
  items: IngestItem[];
  stored: { id: string; source: string }[];
  duplicates: { id: string; source: string; storedFrom?: string }[];
  failed: { source: string; reason: string }[];
  warnings: string[];
}

export const stances: Stance[] = ['asserts', 'denies', 'doubts', 'reports'];
export const statuses: Status[] = ['corroborated', 'claimed', 'unverified', 'disputed', 'refuted'];
