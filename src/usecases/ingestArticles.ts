import type { SourceItem } from '../ingest/readSources.js';
import type { IngestFailure } from '../ingest/types.js';
import type { Database } from '../store/Database.js';
import { analyzeAndStoreArticle } from './analyzeAndStoreArticle.js';
import { relateStory } from './relateStory.js';
import { addResult, emptySummary, timerFor, type ArticleOutcome } from './analyzeSources.js';

export interface IngestSummary {
  stored: ArticleOutcome[];
  duplicates: ArticleOutcome[];
  failed: IngestFailure[];
}

/**
 * Analyses and stores articles already read into memory (uploads, pasted
 * text), with the same per-article step as `analyze` and the workers: a
 * failed input is listed with its reason and the others are stored all the
 * same. The story is related after the batch, as after `analyze`.
 */
export async function ingestArticles(db: Database, items: readonly SourceItem[]): Promise<IngestSummary> {
  const summary = emptySummary();
  const time = timerFor(summary);
  for (const item of items) {
    if ('failure' in item) summary.failed.push(item.failure);
    else addResult(summary, await analyzeAndStoreArticle(db, item.article, time));
  }
  await relateStory(db);
  return { stored: summary.stored, duplicates: summary.duplicates, failed: summary.failed };
}
