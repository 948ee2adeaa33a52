/** What ingestion hands to cleaning: one article's decoded content and whatever metadata came with it. */

// The supplied metadata is kept with the article for `reanalyze`, so its shape lives in the shared model.
export type { SourceFormat, SuppliedAuthor, SuppliedFrom, SuppliedMetadata } from '../model/articleToStore.js';
import type { SourceFormat, SuppliedMetadata } from '../model/articleToStore.js';

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
