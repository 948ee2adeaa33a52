import { cleanArticle } from '../clean/cleanArticle.js';
import type { CleanArticle, RemovedBlock } from '../clean/types.js';
import { contentHashOf } from '../ingest/contentHashOf.js';
import type { RawArticle, SourceFormat } from '../ingest/types.js';
import { resolveMetadata } from '../metadata/resolveMetadata.js';
import type { ArticleMetadata } from '../metadata/types.js';
import type { PublishedContext } from '../metadata/resolvePublished.js';
import { runPipeline, type StageTiming } from './pipeline.js';
import type { AnalyzedDocument } from './types.js';
import { fieldLimits } from '../model/fieldLimits.js';
import { noArticleTextReason } from '../model/metadataOnly.js';

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

/**
 * Clean the page and decide its metadata, and say why it holds no article
 * text when it does not. The date evaluation (scripts/eval/published.ts)
 * calls this too, so it measures what analyze stores.
 */
export function cleanAndResolveMetadata(raw: RawArticle, context: PublishedContext = {}): { clean: CleanArticle; metadata: ReturnType<typeof resolveMetadata>; noText: string | null; cleanMs: number; metadataMs: number } {
  let started = performance.now();
  const clean = cleanArticle(raw);
  const cleanMs = performance.now() - started;
  started = performance.now();
  const metadata = resolveMetadata(raw, clean, context);
  const metadataMs = performance.now() - started;
  // A body needs words: a page whose only 'text' is markup debris ('<<<>>>') is not an article.
  // A headline alone is one (a wire alert, an RSS item): the cleaner then keeps it as the text.
  const hasWords = clean.headlineOnly || clean.paragraphs.some((p) => p.kind === 'body' && /\p{L}{2,}/u.test(clean.text.slice(p.start, p.end)));
  const noText = hasWords ? null : noArticleTextReason(clean.removed.length);
  return { clean, metadata, noText, cleanMs, metadataMs };
}

/**
 * Whether a page with no article text is still an article worth keeping: it
 * says on which day it was published (a live-blog shell whose posts load by
 * script, a paywalled page with its meta tags). A title alone is not enough:
 * 'Page not found | Example News' over a navigation bar has one, and is no
 * article; a text file of markup debris ('<<<>>>') has neither.
 */
export function holdsMetadata(metadata: ArticleMetadata): boolean {
  return metadata.published.value !== null;
}

/** Clean, find metadata, then run the per-article pipeline: a pure function of the raw article (its hash is passed in when the caller already has it) and of what the story tells its metadata (the year of a year-less dateline). */
export function analyzeArticle(raw: RawArticle, contentHash: string = contentHashOf(raw.content), context: PublishedContext = {}): AnalyzedArticle {
  const { clean, metadata, noText, cleanMs, metadataMs } = cleanAndResolveMetadata(raw, context);
  if (noText && !holdsMetadata(metadata)) throw new AnalysisError(noText);
  // A page whose body could not be found still says who published it and when (issue 15): kept as metadata only, with no text to read.
  if (noText) metadata.warnings = [...(metadata.warnings ?? []), `${raw.source}: ${noText}; stored its metadata only (title, outlet, date)`];
  const text = noText ? '' : clean.text;
  const paragraphs = noText ? [] : clean.paragraphs;
  // A canonical link longer than any real address is page damage, not a url: left out, with a warning, rather than cut into a wrong one.
  const pageUrl = clean.page.url && clean.page.url.length <= fieldLimits.url ? clean.page.url : null;
  if (clean.page.url && !pageUrl) metadata.warnings.push(`${raw.source}: the page's own url is ${clean.page.url.length.toLocaleString('en-US')} characters; at most ${fieldLimits.url} allowed, so it was left out`);
  const { document, timings } = runPipeline(text, paragraphs, { referenceDate: metadata.published.value ?? metadata.published.latest });
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
