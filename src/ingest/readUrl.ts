import { DecodeError, decodeBytes } from './decodeBytes.js';
import { articlesFromFeed } from './feeds/articlesFromFeed.js';
import { sniffFeed } from './feeds/sniffFeed.js';
import { FetchError, type PoliteFetcher } from './fetch/fetchPolitely.js';
import { formatOfPage } from './fetch/formatOfPage.js';
import type { SourceItem } from './types.js';

/**
 * A URL given to analyze: the page it serves is one article, or, when it is
 * a feed, each of its items is (see articlesFromFeed). `fresh` asks the
 * server again rather than the cache: watch-feeds polls the same feed URL.
 */
export async function* readUrl(url: string, fetcher: () => PoliteFetcher, options: { fresh?: boolean } = {}): AsyncGenerator<SourceItem> {
  const fail = (reason: string): SourceItem => ({ failure: { source: url, reason }, bytes: 0 });
  let page;
  let decoded;
  try {
    page = await fetcher().fetch(url, options);
    decoded = decodeBytes(page.bytes, page.contentType);
  } catch (error) {
    if (error instanceof FetchError) return yield fail(error.message);
    if (error instanceof DecodeError) return yield fail(`${url}: ${error.message}`);
    throw error;
  }
  if (!decoded.text.trim()) return yield fail(`${url}: the page is empty; expected an article or a feed`);
  if (sniffFeed(decoded.text)) {
    yield* articlesFromFeed({ origin: url, text: decoded.text, encoding: decoded.encoding }, fetcher);
    return;
  }
  yield {
    article: {
      source: url,
      format: formatOfPage(page.contentType, decoded.text),
      content: decoded.text,
      encoding: decoded.encoding,
      supplied: { from: 'url', url: page.finalUrl, textHow: 'fetched' },
      ...(decoded.warnings.length ? { warnings: decoded.warnings.map((warning) => `${url}: ${warning}`) } : {}),
    },
    bytes: page.bytes.length,
  };
}
