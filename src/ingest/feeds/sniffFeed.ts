/*
 * Whether a file's text is a feed, by its content rather than its name: a
 * feed saved as 'world.txt' or served as text/plain is still a feed, and an
 * HTML page named 'index.xml' is not one. Only the opening is looked at:
 *
 *   <?xml version="1.0"?><rss version="2.0">          -> rss
 *   <feed xmlns="http://www.w3.org/2005/Atom">         -> atom
 *   <rdf:RDF xmlns="http://purl.org/rss/1.0/">         -> rdf (RSS 1.0)
 *   {"version": "https://jsonfeed.org/version/1.1", ...} -> json
 */

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'json';

const HEAD_CHARACTERS = 4096;
/** The first element after the XML declaration, comments, processing instructions and a doctype. */
const FIRST_ELEMENT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w:-]+)/i;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

export function sniffFeed(text: string): FeedKind | null {
  const head = text.slice(0, HEAD_CHARACTERS).replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(head)) return JSON_FEED_VERSION.test(head) ? 'json' : null;
  const element = FIRST_ELEMENT.exec(head)?.[1]?.toLowerCase();
  if (element === 'rss') return 'rss';
  if (element === 'feed' || element?.endsWith(':feed')) return 'atom';
  if (element === 'rdf:rdf') return 'rdf';
  return null;
}
