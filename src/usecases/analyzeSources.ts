import { AnalysisError, analyzeArticle } from '../analyze/analyzeArticle.js';
import { contentHashOf } from '../ingest/contentHashOf.js';
import { IngestError } from '../ingest/IngestError.js';
import { readManifest, type Manifest } from '../ingest/readManifest.js';
import { listInputFiles } from '../ingest/listInputFiles.js';
import { defaultMaxArticleBytes, readInputFiles } from '../ingest/readSources.js';
import type { IngestFailure } from '../ingest/types.js';
import type { ArticleRecord } from '../record/articleRecord.js';
import { toArticleRecord } from '../record/toArticleRecord.js';
import type { Database } from '../store/Database.js';
import { loadArticleRecord } from '../store/loadArticles.js';
import { saveArticle } from '../store/saveArticle.js';

export interface AnalyzeRequest {
  paths: readonly string[];
  manifestPath?: string;
  maxArticleBytes?: number;
  /** Called once before the first article with the total input size, then after each input. */
  onProgress?: (progress: { doneBytes: number; totalBytes: number; source: string }) => void;
  /** Called with every article's record, new or already stored, in input order (for `--json`). */
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
 * stored yet and store it in its own transaction. A bad input or a failing
 * analysis is recorded in the summary and the batch goes on.
 */
export async function analyzeSources(db: Database, request: AnalyzeRequest): Promise<AnalyzeSummary> {
  const started = performance.now();
  const summary: AnalyzeSummary = { stored: [], duplicates: [], failed: [], warnings: [], timings: {}, seconds: 0 };
  const time = (step: string, ms: number) => {
    summary.timings[step] = (summary.timings[step] ?? 0) + ms;
  };

  let manifest: Manifest | undefined;
  if (request.manifestPath) {
    try {
      manifest = await readManifest(request.manifestPath);
      summary.warnings.push(...manifest.warnings);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      summary.failed.push({ source: error.source, reason: error.message });
    }
  }

  const files = await listInputFiles(request.paths);
  const totalBytes = files.reduce((sum, file) => sum + ('bytes' in file ? file.bytes : 0), 0);
  let doneBytes = 0;
  request.onProgress?.({ doneBytes, totalBytes, source: '' });
  let readStarted = performance.now();
  for await (const item of readInputFiles(files, { manifest, maxArticleBytes: request.maxArticleBytes ?? defaultMaxArticleBytes })) {
    time('read', performance.now() - readStarted);
    doneBytes += item.bytes;
    if ('failure' in item) {
      summary.failed.push(item.failure);
    } else {
      const { article: raw } = item;
      let step = performance.now();
      const contentHash = contentHashOf(raw.content);
      const [existing] = await db.query<{ id: string; source: string }>('SELECT id, source FROM articles WHERE content_hash = $1', [contentHash]);
      time('lookup', performance.now() - step);
      if (existing) {
        summary.duplicates.push({ id: existing.id, source: raw.source, storedFrom: existing.source });
        if (request.onRecord) {
          const record = await loadArticleRecord(db, existing.id);
          if (record) await request.onRecord(record);
        }
      } else {
        let analyzed;
        try {
          analyzed = analyzeArticle(raw, contentHash);
        } catch (error) {
          const reason = error instanceof AnalysisError ? error.message : `analysis failed (${(error as Error).message}); please report this with the file`;
          summary.failed.push({ source: raw.source, reason: `${raw.source}: ${reason}` });
        }
        if (analyzed) {
          for (const timing of analyzed.timings) time(timing.stage, timing.ms);
          step = performance.now();
          const outcome = await saveArticle(db, analyzed);
          time('store', performance.now() - step);
          if (outcome === 'stored') summary.stored.push({ id: analyzed.id, source: raw.source });
          else summary.duplicates.push({ id: analyzed.id, source: raw.source });
          await request.onRecord?.(toArticleRecord(analyzed));
        }
      }
    }
    request.onProgress?.({ doneBytes, totalBytes, source: 'failure' in item ? item.failure.source : item.article.source });
    readStarted = performance.now();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
