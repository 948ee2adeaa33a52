import { createHash } from 'node:crypto';
import { cleanArticle } from '../clean/cleanArticle.js';
import type { RemovedBlock } from '../clean/types.js';
import type { RawArticle, SourceFormat } from '../ingest/types.js';
import { resolveMetadata } from '../metadata/resolveMetadata.js';
import type { ArticleMetadata } from '../metadata/types.js';
import { runPipeline, type StageTiming } from './pipeline.js';
import type { AnalyzedDocument } from './types.js';

/** Bumped when the analysis changes in a way that makes stored results stale. */
export const analyzerVersion = '1';

export interface AnalyzedArticle extends ArticleMetadata {
  id: string;
  contentHash: string;
  source: string;
  url: string | null;
  format: SourceFormat;
  encoding: string;
  document: AnalyzedDocument;
  removed: RemovedBlock[];
  timings: StageTiming[];
}

/**
 * The hash that decides whether an article is already stored. White space and
 * Unicode forms are normalised so that a re-scrape with other line endings
 * (or the same page saved in another encoding) is recognised as the same.
 */
export function contentHashOf(content: string): string {
  return createHash('sha256').update(content.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Clean, find metadata, then run the per-article pipeline: a pure function of the raw article. */
export function analyzeArticle(raw: RawArticle): AnalyzedArticle {
  const contentHash = contentHashOf(raw.content);
  let started = performance.now();
  const clean = cleanArticle(raw);
  const cleanMs = performance.now() - started;
  started = performance.now();
  const metadata = resolveMetadata(raw, clean);
  const metadataMs = performance.now() - started;
  const { document, timings } = runPipeline(clean.text, clean.paragraphs, { referenceDate: metadata.published.value ?? metadata.published.latest });
  return {
    ...metadata,
    id: contentHash.slice(0, 12),
    contentHash,
    source: raw.source,
    url: raw.supplied?.url ?? clean.page.url ?? null,
    format: raw.format,
    encoding: raw.encoding,
    document,
    removed: clean.removed,
    timings: [{ stage: 'clean', ms: cleanMs }, { stage: 'metadata', ms: metadataMs }, ...timings],
  };
}
