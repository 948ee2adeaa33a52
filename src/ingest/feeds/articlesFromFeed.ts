import { DecodeError, decodeBytes } from '../decodeBytes.js';
import { FetchError, type PoliteFetcher } from '../fetch/fetchPolitely.js';
import { formatOfPage } from '../fetch/formatOfPage.js';
import { storableArticleText } from '../storableText.js';
import type { RawArticle, SourceItem, SuppliedMetadata } from '../types.js';
import { FeedError, readFeedItems, type FeedItem } from './readFeedItems.js';
import { sniffFeed } from './sniffFeed.js';

/*
 * Each item of a feed becomes an article: its full text when the feed
 * carries it (content:encoded, Atom <content>, content_html), else the page
 * its link points to, fetched politely. Either way the item's title, link,
 * date and authors go with it as supplied metadata, each saying where it was
 * found ('feed:pubDate', 'feed dc:creator'), and `textHow` says which way the
 * text came. An item that cannot be read is one failure naming the item; the
 * other items go on.
 */

export interface FeedSource {
  /** The file or URL the feed came from, for sources and messages: 'world.xml', 'https://x/feed'. */
  origin: string;
  text: string;
  /** How the feed's bytes were decoded: the items carried in it share it. */
  encoding: string;
}

export async function* articlesFromFeed(feed: FeedSource, fetcher: () => PoliteFetcher): AsyncGenerator<SourceItem> {
  let items: FeedItem[];
  try {
    items = readFeedItems(feed.text).items;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    yield { failure: { source: feed.origin, reason: `${feed.origin}: ${error.message}` }, bytes: 0 };
    return;
  }
  if (!items.length) {
    yield { failure: { source: feed.origin, reason: `${feed.origin}: is a feed with no items` }, bytes: 0 };
    return;
  }
  for (const item of items) yield await articleOfItem(feed, item, fetcher);
}

async function articleOfItem(feed: FeedSource, item: FeedItem, fetcher: () => PoliteFetcher): Promise<SourceItem> {
  const source = `${feed.origin} item ${item.number}`;
  const fail = (reason: string): SourceItem => ({ failure: { source, reason: `${source}${item.link ? ` (${item.link})` : ''}: ${reason}` }, bytes: 0 });
  if (item.content) {
    const body = storableArticleText(item.content.text, 'its content');
    if ('refused' in body) return fail(body.refused);
    const article: RawArticle = {
      source,
      format: item.content.format,
      content: body.text,
      encoding: feed.encoding,
      supplied: suppliedOf(item, item.content.how, item.link),
      ...(body.warning ? { warnings: [`${source}: ${body.warning}`] } : {}),
    };
    return { article, bytes: Buffer.byteLength(body.text) };
  }
  if (!item.link) return fail('has neither its full text (content:encoded, content, content_html) nor a link to fetch it from');
  try {
    const page = await fetcher().fetch(item.link);
    const decoded = decodeBytes(page.bytes, page.contentType);
    if (sniffFeed(decoded.text)) return fail('links to another feed, not to an article');
    const article: RawArticle = {
      source,
      format: formatOfPage(page.contentType, decoded.text),
      content: decoded.text,
      encoding: decoded.encoding,
      supplied: suppliedOf(item, "fetched from the feed item's link", page.finalUrl),
      ...(decoded.warnings.length ? { warnings: decoded.warnings.map((warning) => `${source}: ${warning}`) } : {}),
    };
    return { article, bytes: page.bytes.length };
  } catch (error) {
    if (error instanceof FetchError) return fail(error.url === item.link ? error.problem : error.message);
    if (error instanceof DecodeError) return fail(error.message);
    throw error;
  }
}

function suppliedOf(item: FeedItem, textHow: string, url: string | undefined): SuppliedMetadata {
  return {
    from: 'feed',
    textHow,
    ...(url ? { url } : {}),
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published.value, publishedHow: item.published.how } : {}),
    ...(item.authors.length ? { authors: item.authors } : {}),
  };
}
