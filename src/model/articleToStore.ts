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

/** What was read, kept beside the analysis so that `reanalyze` can run the pipeline again (a RawArticle from src/ingest is one). */
export interface ArticleInputToStore {
  format: 'text' | 'html';
  encoding: string;
  content: string;
  supplied?: {
    title?: string;
    outlet?: string;
    url?: string;
    published?: string;
    publishedHow?: string;
    captured?: string;
    authors?: { name: string; how: string }[];
    textHow?: string;
    from: 'manifest' | 'jsonl' | 'feed' | 'warc' | 'url';
  };
}
