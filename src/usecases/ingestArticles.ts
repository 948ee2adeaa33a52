import type { SourceItem } from '../ingest/readSources.js';
import type { IngestFailure } from '../ingest/types.js';
import type { Database } from '../store/Database.js';
import type { AnalysisPool } from '../workers/AnalysisPool.js';
import { analyzeAndStoreInOrder, type ItemResult } from './analyzeAndStoreInOrder.js';
import { addItemResult, emptySummary, timerFor, type ArticleOutcome } from './analyzeSources.js';
import { relateStory } from './relateStory.js';
import { vacuumWhenGrown } from '../store/vacuumWhenGrown.js';

export interface IngestSummary {
  stored: ArticleOutcome[];
  duplicates: ArticleOutcome[];
  failed: IngestFailure[];
}

/**
 * Analyses and stores articles already read into memory (uploads, pasted
 * text), with the same per-article step as `analyze` and the workers: the
 * analysis runs in the pool, off the thread that answers requests; a failed
 * input is listed with its reason and the others are stored all the same.
 * `onResult` hears each input's outcome as it is decided (index in `items`),
 * for progress. The story is related after the batch, and the embedded
 * store vacuumed when it has grown (vacuumWhenGrown), as after `analyze`.
 */
export async function ingestArticles(
  db: Database,
  pool: AnalysisPool,
  items: readonly SourceItem[],
  onResult?: (index: number, result: ItemResult) => void,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const indexOf = new Map(items.map((item, index) => [item, index]));
  await analyzeAndStoreInOrder(db, items, pool, timerFor(summary), (item, result) => {
    addItemResult(summary, result);
    onResult?.(indexOf.get(item)!, result);
  });
  await relateStory(db);
  await vacuumWhenGrown(db);
  return { stored: summary.stored, duplicates: summary.duplicates, failed: summary.failed };
}
