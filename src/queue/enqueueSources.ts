import { listInputFiles } from '../ingest/listInputFiles.js';
import { loadBatchManifest } from '../ingest/readManifest.js';
import { defaultMaxArticleBytes, readInputFiles } from '../ingest/readSources.js';
import type { IngestFailure, RawArticle } from '../ingest/types.js';
import type { ArticleQueue } from './openArticleQueue.js';

export interface EnqueueRequest {
  paths: readonly string[];
  manifestPath?: string;
  maxArticleBytes?: number;
  jobTimeoutSeconds?: number;
  onProgress?: (progress: { doneBytes: number; totalBytes: number; source: string }) => void;
}

export interface EnqueueSummary {
  queued: number;
  failed: IngestFailure[];
  warnings: string[];
  seconds: number;
}

/*
 * Articles go to the queue in batches of at most 500 or 8 MB, whichever
 * comes first: one insert per batch keeps queueing 10,000 articles to a few
 * seconds, and the byte limit keeps one statement well below what a server
 * accepts when the articles are large.
 */
const batchArticles = 500;
const batchBytes = 8 * 1024 * 1024;

/**
 * Reads and decodes every input on this machine, exactly as `analyze` does
 * (same listing, manifest and per-file failures), and queues each article
 * for the workers instead of analysing it here.
 */
export async function enqueueSources(queue: ArticleQueue, request: EnqueueRequest): Promise<EnqueueSummary> {
  const started = performance.now();
  const summary: EnqueueSummary = { queued: 0, failed: [], warnings: [], seconds: 0 };

  const manifest = await loadBatchManifest(request.manifestPath, summary);

  const files = await listInputFiles(request.paths);
  const totalBytes = files.reduce((sum, file) => sum + ('bytes' in file ? file.bytes : 0), 0);
  let doneBytes = 0;
  request.onProgress?.({ doneBytes, totalBytes, source: '' });
  let batch: RawArticle[] = [];
  let bytes = 0;
  const flush = async () => {
    await queue.send(batch, request.jobTimeoutSeconds);
    summary.queued += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const item of readInputFiles(files, {
    manifest,
    maxArticleBytes: request.maxArticleBytes ?? defaultMaxArticleBytes,
    onWarning: (warning) => summary.warnings.push(warning),
  })) {
    doneBytes += item.bytes;
    if ('failure' in item) {
      summary.failed.push(item.failure);
    } else {
      batch.push(item.article);
      bytes += item.article.content.length;
      if (batch.length >= batchArticles || bytes >= batchBytes) await flush();
    }
    request.onProgress?.({ doneBytes, totalBytes, source: 'failure' in item ? item.failure.source : item.article.source });
  }
  await flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
