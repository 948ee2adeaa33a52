import type { SuppliedAuthor } from '../model/articleToStore.js';

export type OutletHow = 'manifest' | 'jsonl' | 'upload' | 'html-meta' | 'signature' | 'url-host' | 'dateline-agency' | 'unknown' | 'corrected';

export interface Outlet {
  name: string;
  how: OutletHow;
}

export interface Title {
  value: string | null;
  /** 'manifest', 'jsonl', 'upload', 'html-meta', 'first-line', 'unknown'. */
  how: string;
}

export interface Published {
  /** YYYY-MM-DD when the day is known; null otherwise. */
  value: string | null;
  /** The range the date lies in; equal to value when the date is known. */
  earliest: string | null;
  latest: string | null;
  /** 'manifest', 'jsonl', 'upload', 'html-meta:<selector>', 'url', 'text-dateline', 'content-range', 'unknown'. */
  how: string;
  /** 1 for a supplied date, lower for inferred ones, 0 when unknown. */
  confidence: number;
}

export interface ArticleMetadata {
  title: Title;
  outlet: Outlet;
  published: Published;
  /** The authors the input named, each with where: a feed item's 'feed dc:creator'; empty when none was named. */
  authors: SuppliedAuthor[];
  /** How the text was found when it is not the input itself: 'feed content:encoded', "fetched from the feed item's link"; null for a file, JSONL line or upload. */
  textHow: string | null;
  /** What the metadata step set aside, each naming the article: 'a.txt: the date supplied by the manifest, "2017-02-30", is not a day: ...'. Absent on articles built elsewhere (test fixtures). */
  warnings?: string[];
}
