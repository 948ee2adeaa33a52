/**
 * What the store writes of one analysed article: the fields it keeps, with
 * no more of the analysis than that (an AnalyzedArticle from src/analyze is
 * one), so the store depends on this shape and not on the analysis code.
 */
export interface QuotedSpanToStore {
  text: string;
  start: number;
  end: number;
}

export interface ArticleToStore {
  id: string;
  contentHash: string;
  source: string;
  format: string;
  encoding: string;
  url: string | null;
  title: { value: string | null; how: string };
  outlet: { name: string | null; how: string };
  published: { value: string | null; earliest: string | null; latest: string | null; how: string; confidence: string | number | null };
  removed: unknown[];
  document: {
    text: string;
    paragraphs: unknown[];
    sentences: unknown[];
    entities: (QuotedSpanToStore & { type: string; canonical: string; rule: string })[];
    times: (QuotedSpanToStore & { type: string; value: string; how: unknown })[];
    statements: {
      id: string;
      kind: string;
      speaker: (QuotedSpanToStore & { canonical: string }) | null;
      cue: QuotedSpanToStore;
      content: QuotedSpanToStore;
      hedges: unknown;
      negated: boolean;
      negation: unknown;
      rule: string;
    }[];
  };
}

export type SourceFormat = 'text' | 'html';

/**
 * Where supplied metadata came from: a manifest row, JSONL fields, a feed
 * item, a WARC record's headers, the URL an article was fetched from, or the
 * fields a user filled in beside an upload in the web app.
 */
export type SuppliedFrom = 'manifest' | 'jsonl' | 'feed' | 'warc' | 'url' | 'upload';

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

/** What was read, kept beside the analysis so that `reanalyze` can run the pipeline again (a RawArticle from src/ingest is one). */
export interface ArticleInputToStore {
  format: SourceFormat;
  encoding: string;
  content: string;
  supplied?: SuppliedMetadata;
}
