import { cleanArticle } from '../clean/cleanArticle.js';
import type { RemovedBlock } from '../clean/types.js';
import { contentHashOf } from '../ingest/contentHashOf.js';
import type { RawArticle, SourceFormat } from '../ingest/types.js';
import { resolveMetadata } from '../metadata/resolveMetadata.js';
import type { ArticleMetadata } from '../metadata/types.js';
import { runPipeline, type StageTiming } from './pipeline.js';
import type { AnalyzedDocument } from './types.js';
import { fieldLimits } from '../model/fieldLimits.js';

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

/** An article that cannot be analysed, such as a page with no article text in it. */
export class AnalysisError extends Error {
  override name = 'AnalysisError';
}

/** Clean, find metadata, then run the per-article pipeline: a pure function of the raw article (its hash is passed in when the caller already has it). */
export function analyzeArticle(raw: RawArticle, contentHash: string = contentHashOf(raw.content)): AnalyzedArticle {
  let started = performance.now();
  const clean = cleanArticle(raw);
  const cleanMs = performance.now() - started;
  // A body needs words: a page whose only 'text' is markup debris ('<<<>>>') is not an article.
  // A headline alone is one (a wire alert, an RSS item): the cleaner then keeps it as the text.
  const hasWords = clean.headlineOnly || clean.paragraphs.some((p) => p.kind === 'body' && /\p{L}{2,}/u.test(clean.text.slice(p.start, p.end)));
  if (!hasWords) {
    throw new AnalysisError(
      clean.removed.length
        ? `no article text found: all ${clean.removed.length} blocks looked like page furniture (navigation, appeals, comments)`
        : 'no article text found in it',
    );
  }
  started = performance.now();
  const metadata = resolveMetadata(raw, clean);
  // A canonical link longer than any real address is page damage, not a url: left out, with a warning, rather than cut into a wrong one.
  const pageUrl = clean.page.url && clean.page.url.length <= fieldLimits.url ? clean.page.url : null;
  if (clean.page.url && !pageUrl) metadata.warnings.push(`${raw.source}: the page's own url is ${clean.page.url.length.toLocaleString('en-US')} characters; at most ${fieldLimits.url} allowed, so it was left out`);
  const metadataMs = performance.now() - started;
  const { document, timings } = runPipeline(clean.text, clean.paragraphs, { referenceDate: metadata.published.value ?? metadata.published.latest });
  return {
    ...metadata,
    id: contentHash.slice(0, 12),
    contentHash,
    source: raw.source,
    url: raw.supplied?.url ?? pageUrl,
    format: raw.format,
    encoding: raw.encoding,
    document,
    removed: clean.removed,
    timings: [{ stage: 'clean', ms: cleanMs }, { stage: 'metadata', ms: metadataMs }, ...timings],
  };
}
