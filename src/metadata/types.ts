export type OutletHow = 'manifest' | 'jsonl' | 'html-meta' | 'signature' | 'url-host' | 'unknown' | 'corrected';

export interface Outlet {
  name: string;
  how: OutletHow;
}

export interface Title {
  value: string | null;
  /** 'manifest', 'jsonl', 'html-meta', 'first-line', 'unknown'. */
  how: string;
}

export interface Published {
  /** YYYY-MM-DD when the day is known; null otherwise. */
  value: string | null;
  /** The range the date lies in; equal to value when the date is known. */
  earliest: string | null;
  latest: string | null;
  /** 'manifest', 'jsonl', 'html-meta:<selector>', 'url', 'text-dateline', 'content-range', 'unknown'. */
  how: string;
  /** 1 for a supplied date, lower for inferred ones, 0 when unknown. */
  confidence: number;
}

export interface ArticleMetadata {
  title: Title;
  outlet: Outlet;
  published: Published;
  /** What the metadata step set aside, each naming the article: 'a.txt: the date supplied by the manifest, "2017-02-30", is not a day: ...'. Absent on articles built elsewhere (test fixtures). */
  warnings?: string[];
}
