import { AnalysisError, analyzeArticle, type AnalyzedArticle } from '../analyze/analyzeArticle.js';
import { contentHashOf } from '../ingest/contentHashOf.js';
import type { RawArticle } from '../ingest/types.js';
import type { Database } from '../store/Database.js';
import { saveArticle } from '../store/saveArticle.js';

/** What became of one article; `analyzed` is there when this call analysed it (for `--json`). */
export type ArticleResult =
  | { outcome: 'stored'; id: string; source: string; analyzed: AnalyzedArticle }
  | { outcome: 'duplicate'; id: string; source: string; storedFrom?: string; analyzed?: AnalyzedArticle }
  | { outcome: 'failed'; source: string; reason: string };

/** Adds milliseconds to a named step ('lookup', 'store', each pipeline stage) of the caller's timings. */
export type StepTimer = (step: string, ms: number) => void;

/**
 * The per-article step that `analyze` and the queue workers share, so both
 * store the same analysis: skip an article whose content hash is stored,
 * otherwise analyse it and store it atomically. An article that cannot be
 * analysed is a 'failed' result; a store that fails throws (the caller
 * decides whether that ends the run or sends the job back to the queue).
 * Running it twice on the same article stores it once: the second call
 * finds it (or loses the insert race in saveArticle) and says 'duplicate'.
 */
export async function analyzeAndStoreArticle(db: Database, raw: RawArticle, time: StepTimer): Promise<ArticleResult> {
  let step = performance.now();
  const contentHash = contentHashOf(raw.content);
  const [existing] = await db.query<{ id: string; source: string }>('SELECT id, source FROM articles WHERE content_hash = $1', [contentHash]);
  time('lookup', performance.now() - step);
  if (existing) return { outcome: 'duplicate', id: existing.id, source: raw.source, storedFrom: existing.source };

  let analyzed: AnalyzedArticle;
  try {
    analyzed = analyzeArticle(raw, contentHash);
  } catch (error) {
    const reason = error instanceof AnalysisError ? error.message : `analysis failed (${(error as Error).message}); please report this with the file`;
    return { outcome: 'failed', source: raw.source, reason: `${raw.source}: ${reason}` };
  }
  for (const timing of analyzed.timings) time(timing.stage, timing.ms);
  step = performance.now();
  const outcome = await saveArticle(db, analyzed, raw);
  time('store', performance.now() - step);
  return { outcome, id: analyzed.id, source: raw.source, analyzed };
}
