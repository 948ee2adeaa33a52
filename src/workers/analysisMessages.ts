import type { AnalyzedArticle } from '../analyze/analyzeArticle.js';
import type { RawArticle } from '../ingest/types.js';
import type { CorrectionRecord } from '../model/correction.js';
import type { ArticlePayload } from '../store/saveArticle.js';

/** Main thread → analysis thread: one article to analyse, with the corrections by hand to read its members with. */
export interface AnalysisRequest {
  task: number;
  raw: RawArticle;
  contentHash: string;
  corrections: CorrectionRecord[];
}

/**
 * Analysis thread → main thread: 'ready' once its modules are loaded (the
 * time budget starts when an article is handed to a ready thread, so loading
 * them never counts against an article), then one answer per request: the
 * article, and what to store of it (its members read and the statement's
 * JSON built, in `membersMs`). `unreadable` is an AnalysisError (no article
 * text in it); `crashed` is any other exception, a bug to report.
 */
export type AnalysisAnswer =
  | { ready: true }
  | { task: number; analyzed: AnalyzedArticle; payload: ArticlePayload; membersMs: number }
  | { task: number; unreadable: string }
  | { task: number; crashed: string };
