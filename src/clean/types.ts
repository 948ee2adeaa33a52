import type { Paragraph } from '../analyze/types.js';

/** A block of the page that is not part of the article, kept with the reason it was dropped. */
export interface RemovedBlock {
  text: string;
  /** A short rule name and why: 'share-appeal', 'comment-widget', 'related-articles', ... */
  reason: string;
  /** The rule's explanation, for a reader of the trace. */
  why?: string;
}

/** Metadata read from the HTML head or JSON-LD, before deciding which source wins. */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  url?: string;
  /** Publication date candidates in the order found, each with where it came from ('meta[property=article:published_time]'). */
  published: { value: string; from: string }[];
  /** The meta description, which some pages repeat as the standfirst. */
  description?: string;
}

export interface CleanArticle {
  /** The clean text: title first, then paragraphs separated by blank lines. */
  text: string;
  paragraphs: Paragraph[];
  removed: RemovedBlock[];
  page: PageMetadata;
  /** For each paragraph, the rule that gave it its kind ('first-headline', 'caption:trailing-credit', ...). */
  paragraphRules?: string[];
  /** Set when there is no body and the text is the headline alone (an RSS item, a wire alert). */
  headlineOnly?: true;
  /** Every text block of the source in page order, before cleaning (read on demand: for HTML it parses the page again). */
  pageText?: () => readonly string[];
}
