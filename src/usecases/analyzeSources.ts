import { PoliteFetcher, type FetchLimits } from '../ingest/fetch/fetchPolitely.js';
import { loadBatchManifest } from '../ingest/readManifest.js';
import { listInputFiles } from '../ingest/listInputFiles.js';
import { readUrlList } from '../ingest/readUrlList.js';
import { defaultMaxArticleBytes, readInputFiles } from '../ingest/readSources.js';
import type { IngestFailure } from '../ingest/types.js';
import type { ArticleRecord } from '../record/articleRecord.js';
import { toArticleRecord } from '../record/toArticleRecord.js';
import type { Database } from '../store/Database.js';
import { loadArticleRecord } from '../store/loadArticles.js';
import { AnalysisPool, defaultArticleBudgetSeconds, defaultThreads } from '../workers/AnalysisPool.js';
import type { ArticleResult, StepTimer } from './analyzeAndStoreArticle.js';
import { analyzeAndStoreInOrder, type ItemResult } from './analyzeAndStoreInOrder.js';
import { notRelatedWarning, relateStory } from './relateStory.js';
import { vacuumWhenGrown } from '../store/vacuumWhenGrown.js';
import { yearlessDatelineHow } from '../metadata/storyYear.js';

export interface AnalyzeRequest {
  /** Files, folders and http(s) URLs (a URL of a feed gives one article per item). */
  paths: readonly string[];
  /** A file of URLs, one per line (`analyze --urls`), read after `paths`. */
  urlListPath?: string;
  /** Limits of the fetcher for URLs and feed items' links (tests set a short timeout and their own cache). */
  fetchLimits?: Partial<FetchLimits>;
  /** Fetch the URLs in `paths` again rather than from the cache (watch-feeds, polling a feed). */
  freshUrls?: boolean;
  manifestPath?: string;
  maxArticleBytes?: number;
  /** Analysis threads (default one per core); results are stored in input order whatever the number. */
  threads?: number;
  /** An article whose analysis takes longer fails with the reason (default 10 s). */
  articleBudgetSeconds?: number;
  /** Called once before the first article with the total input size, then after each input. */
  onProgress?: (progress: { doneBytes: number; totalBytes: number; source: string }) => void;
  /**
   * Called with every article's record, new or already stored, in input
   * order (for `--json`), except that an article whose dateline waits for
   * the story's year comes after the rest, as the relate at the end dated it.
   */
  onRecord?: (record: ArticleRecord) => void | Promise<void>;
}

export interface ArticleOutcome {
  id: string;
  source: string;
  /** For duplicates: the source the article was first stored from. */
  storedFrom?: string;
}

export interface AnalyzeSummary {
  stored: ArticleOutcome[];
  duplicates: ArticleOutcome[];
  failed: IngestFailure[];
  warnings: string[];
  /** Milliseconds spent per step over the whole run: reading, each pipeline stage, storing. */
  timings: Record<string, number>;
  seconds: number;
}

/**
 * The main use case: read every input, analyse each article that is not
 * stored yet (in analysis threads, each article within its time budget) and
 * store it in its own transaction, in input order. A bad input, a failing or
 * overlong analysis and a value the store refuses are recorded in the
 * summary with the source named, and the batch goes on.
 */
export async function analyzeSources(db: Database, request: AnalyzeRequest): Promise<AnalyzeSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const time = timerFor(summary);

  const manifest = await loadBatchManifest(request.manifestPath, summary);

  const listed = request.urlListPath ? await readUrlList(request.urlListPath) : { urls: [], failed: [] };
  summary.failed.push(...listed.failed);
  const files = await listInputFiles([...request.paths, ...listed.urls]);
  const totalBytes = files.reduce((sum, file) => sum + ('bytes' in file ? file.bytes : 0), 0);
  let doneBytes = 0;
  request.onProgress?.({ doneBytes, totalBytes, source: '' });
  const pool = new AnalysisPool({
    threads: request.threads ?? defaultThreads,
    articleBudgetMs: (request.articleBudgetSeconds ?? defaultArticleBudgetSeconds) * 1000,
  });
  const items = readInputFiles(files, {
    manifest,
    maxArticleBytes: request.maxArticleBytes ?? defaultMaxArticleBytes,
    onWarning: (warning) => summary.warnings.push(warning),
    fetcher: new PoliteFetcher(request.fetchLimits),
    freshUrls: request.freshUrls,
  });
  const waitingForYear: string[] = [];
  try {
    await analyzeAndStoreInOrder(db, timedReads(items, time), pool, time, async (item, result) => {
      doneBytes += item.bytes;
      addItemResult(summary, result);
      if (request.onRecord && (result.outcome === 'stored' || result.outcome === 'duplicate')) {
        const record = result.analyzed ? toArticleRecord(result.analyzed) : await loadArticleRecord(db, result.id);
        if (record?.published.how.startsWith(yearlessDatelineHow)) waitingForYear.push(record.id);
        else if (record) await request.onRecord(record);
      }
      request.onProgress?.({ doneBytes, totalBytes, source: 'failure' in item ? item.failure.source : item.article.source });
    });
  } finally {
    await pool.close();
  }
  const relateStarted = performance.now();
  const related = await relateStory(db);
  time('relate', performance.now() - relateStarted);
  const vacuumStarted = performance.now();
  if (await vacuumWhenGrown(db)) time('vacuum', performance.now() - vacuumStarted);
  summary.warnings.push(...related.failed.map(notRelatedWarning));
  for (const id of waitingForYear) {
    const record = await loadArticleRecord(db, id);
    if (record) await request.onRecord!(record);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

export function emptySummary(): AnalyzeSummary {
  return { stored: [], duplicates: [], failed: [], warnings: [], timings: {}, seconds: 0 };
}

export function timerFor(summary: AnalyzeSummary): StepTimer {
  return (step, ms) => {
    summary.timings[step] = (summary.timings[step] ?? 0) + ms;
  };
}

/** Adds the time spent reading each input to the 'read' step. */
async function* timedReads<T>(items: AsyncIterable<T>, time: StepTimer): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    const started = performance.now();
    const next = await iterator.next();
    time('read', performance.now() - started);
    if (next.done) return;
    yield next.value;
  }
}

/** Files one input's result: a failure to read it, or its article's result. */
export function addItemResult(summary: AnalyzeSummary, result: ItemResult): void {
  if (result.outcome === 'unread') summary.failed.push(result.failure);
  else addResult(summary, result);
}

/** Files one article's result under stored, duplicates or failed; the queue workers keep the same summary. */
export function addResult(summary: AnalyzeSummary, result: ArticleResult): void {
  if (result.outcome === 'failed') summary.failed.push({ source: result.source, reason: result.reason });
  else if (result.outcome === 'stored') summary.stored.push({ id: result.id, source: result.source });
  else summary.duplicates.push({ id: result.id, source: result.source, ...(result.storedFrom ? { storedFrom: result.storedFrom } : {}) });
  if (result.outcome !== 'failed' && result.analyzed?.warnings) summary.warnings.push(...result.analyzed.warnings);
}
