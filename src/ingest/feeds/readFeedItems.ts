import { parseFeed } from 'feedsmith';
import type { SuppliedAuthor } from '../types.js';

/*
 * A feed's items in one shape, whatever the format. feedsmith parses RSS
 * 2.0, RSS 1.0 (RDF), Atom and JSON Feed into objects that differ by format
 * (Atom's title is {value}, RSS's a string); this reads each field from where
 * its format keeps it and says where it was, so the record can tell
 * 'feed:pubDate' from 'feed:updated'.
 */

export interface FeedItem {
  /** 1-based, for messages: 'world.xml item 3'. */
  number: number;
  title?: string;
  link?: string;
  /** The full text when the feed carries it, and the element it came from. */
  content?: { text: string; format: 'html' | 'text'; how: string };
  published?: { value: string; how: string };
  authors: SuppliedAuthor[];
}

export interface ReadFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  items: FeedItem[];
}

/** A feed that cannot be parsed; the message says what was wrong, the caller adds the file or URL. */
export class FeedError extends Error {}

type Fields = Record<string, unknown>;

const fields = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});
/** A plain string, or Atom's text construct {value: '...'}. */
function textOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : typeof fields(value).value === 'string' ? (fields(value).value as string) : undefined;
  return text?.trim() || undefined;
}

export function readFeedItems(text: string): ReadFeed {
  let parsed;
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FeedError(`could not be read as a feed (${(error as Error).message}); expected RSS 2.0, Atom, RSS 1.0 or JSON Feed`);
  }
  const feed = fields(parsed.feed);
  const rawItems = (parsed.format === 'atom' ? feed.entries : feed.items) as unknown[] | undefined;
  return {
    format: parsed.format,
    ...(textOf(feed.title) ? { title: textOf(feed.title) } : {}),
    items: (rawItems ?? []).map((item, index) => itemOf(parsed.format, fields(item), index + 1)),
  };
}

function itemOf(format: ReadFeed['format'], item: Fields, number: number): FeedItem {
  const title = textOf(item.title);
  const link = linkOf(format, item);
  const content = contentOf(format, item);
  const published = publishedOf(format, item);
  return { number, ...(title ? { title } : {}), ...(link ? { link } : {}), ...(content ? { content } : {}), ...(published ? { published } : {}), authors: authorsOf(format, item) };
}

/** Atom's rel="alternate" link (or the first without a rel); RSS's <link>, else a <guid> that is a URL; JSON Feed's url. */
function linkOf(format: ReadFeed['format'], item: Fields): string | undefined {
  if (format === 'atom') {
    const links = (item.links as Fields[] | undefined) ?? [];
    const alternate = links.find((link) => !link.rel || link.rel === 'alternate');
    return textOf(alternate?.href);
  }
  if (format === 'json') return textOf(item.url) ?? textOf(item.external_url);
  const guid = textOf(fields(item.guid).value ?? item.guid);
  return textOf(item.link) ?? (guid && /^https?:\/\//i.test(guid) ? guid : undefined);
}

/**
 * The full text, in the order feeds put the whole article: content:encoded
 * (RSS), <content> (Atom), content_html then content_text (JSON Feed). A
 * summary or <description> is not the article (often its first sentence),
 * so an item with only that has its link fetched.
 */
function contentOf(format: ReadFeed['format'], item: Fields): FeedItem['content'] {
  if (format === 'json') {
    const html = textOf(item.content_html);
    if (html) return { text: html, format: 'html', how: 'feed content_html' };
    const text = textOf(item.content_text);
    return text ? { text, format: 'text', how: 'feed content_text' } : undefined;
  }
  if (format === 'atom') {
    const content = fields(item.content);
    const text = textOf(content);
    if (!text) return undefined;
    return { text, format: content.type === 'text' ? 'text' : 'html', how: 'feed atom content' };
  }
  const encoded = textOf(fields(item.content).encoded);
  return encoded ? { text: encoded, format: 'html', how: 'feed content:encoded' } : undefined;
}

/** The publication date before the modification date: pubDate, published, dc:date, date_published, then updated. */
function publishedOf(format: ReadFeed['format'], item: Fields): FeedItem['published'] {
  const dc = fields(item.dc);
  const candidates: [unknown, string][] =
    format === 'json'
      ? [[item.date_published, 'feed:date_published'], [item.date_modified, 'feed:date_modified']]
      : format === 'atom'
        ? [[item.published, 'feed:published'], [item.updated, 'feed:updated'], [dc.date, 'feed:dc:date']]
        : [[item.pubDate, 'feed:pubDate'], [dc.date, 'feed:dc:date'], [(dc.dates as unknown[] | undefined)?.[0], 'feed:dc:date']];
  for (const [value, how] of candidates) {
    const text = value instanceof Date ? value.toISOString() : textOf(value);
    if (text) return { value: text, how };
  }
  return undefined;
}

function authorsOf(format: ReadFeed['format'], item: Fields): SuppliedAuthor[] {
  const authors: SuppliedAuthor[] = [];
  const add = (name: string | undefined, how: string) => {
    if (name && !authors.some((author) => author.name === name)) authors.push({ name, how });
  };
  const dc = fields(item.dc);
  const own = format === 'json' ? 'feed authors' : format === 'atom' ? 'feed atom author' : 'feed author';
  for (const author of (item.authors as unknown[] | undefined) ?? []) add(textOf(fields(author).name) ?? textOf(author), own);
  if (format === 'json') add(textOf(fields(item.author).name), own);
  for (const creator of (dc.creators as unknown[] | undefined) ?? []) add(textOf(creator), 'feed dc:creator');
  add(textOf(dc.creator), 'feed dc:creator');
  return authors;
}
