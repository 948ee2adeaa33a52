import type { AnalyzedArticle } from '../analyze/analyzeArticle.js';
import type { RawArticle } from '../ingest/types.js';

/** Main thread → analysis thread: one article to analyse. */
export interface AnalysisRequest {
  task: number;
  raw: RawArticle;
  contentHash: string;
}

/**
 * Analysis thread → main thread: 'ready' once its modules are loaded (the
 * time budget starts when an article is handed to a ready thread, so loading
 * them never counts against an article), then one answer per request.
 * `unreadable` is an AnalysisError (no article text in it); `crashed` is any
 * other exception, a bug to report.
 */
export type AnalysisAnswer =
  | { ready: true }
  | { task: number; analyzed: AnalyzedArticle }
  | { task: number; unreadable: string }
  | { task: number; crashed: string };
