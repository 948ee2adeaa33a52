/** What ingestion hands to cleaning: one article's decoded content and whatever metadata came with it. */

export type SourceFormat = 'text' | 'html';

/**
 * Where supplied metadata came from: a manifest row, JSONL fields, a feed
 * item, a WARC record's headers, or the URL an article was fetched from.
 */
export type SuppliedFrom = 'manifest' | 'jsonl' | 'feed' | 'warc' | 'url';

/** An author named by the input, and where: 'dc:creator', 'atom author', 'json feed authors'. */
export interface SuppliedAuthor {
  name: string;
  how: string;
}

/** Metadata supplied from outside the article body: a manifest row, JSONL fields, a feed item, WARC headers. */
export interface SuppliedMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  /** As written by the supplier; validated and normalised by the metadata step. */
  published?: string;
  /** Where in the input the date was, when `from` alone does not say: 'feed:pubDate', 'feed:updated'. */
  publishedHow?: string;
  /** When an archive captured the page (WARC-Date): the article was published then or before. */
  captured?: string;
  authors?: SuppliedAuthor[];
  /** How the text was found, when not read from a file: 'feed content:encoded', 'fetched from the feed item link'. */
  textHow?: string;
  /** Where these came from, for the record's `how` fields. */
  from: SuppliedFrom;
}

export interface RawArticle {
  /** File path, 'path#line' for a JSONL line, or the URL when that is all there is. */
  source: string;
  format: SourceFormat;
  content: string;
  /**
   * The encoding the bytes were decoded from and how we know: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be',
   * 'windows-1252' from the bytes alone; 'iso-8859-2 (meta charset)', 'shift_jis (meta http-equiv)' when declared.
   */
  encoding: string;
  supplied?: SuppliedMetadata;
  /** What was repaired on the way in ('the "text" field had 1 lone surrogate ...; replaced by U+FFFD'), each naming the source. */
  warnings?: string[];
}

/** One input that could not become an article, with a message that names the file and the problem. */
export interface IngestFailure {
  source: string;
  reason: string;
}

/** One unit of input: an article to analyse or a failure to report; `bytes` drives the progress bar. */
export type SourceItem = ({ article: RawArticle } | { failure: IngestFailure }) & { bytes: number };
