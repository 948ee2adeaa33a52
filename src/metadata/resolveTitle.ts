import type { RawArticle } from '../ingest/types.js';
import type { CleanArticle } from '../clean/types.js';
import type { Title } from './types.js';

/** Supplied title > the page's own metadata > the headline the cleaner found as first line > unknown. */
export function resolveTitle(raw: RawArticle, clean: CleanArticle): Title {
  const supplied = raw.supplied?.title?.trim();
  if (supplied) return { value: supplied, how: raw.supplied!.from };
  if (clean.page.title) return { value: clean.page.title, how: 'html-meta' };
  const first = clean.paragraphs.find((p) => p.kind === 'title');
  if (first) return { value: clean.text.slice(first.start, first.end), how: 'first-line' };
  return { value: null, how: 'unknown' };
}
