import type { RawArticle } from '../ingest/types.js';
import type { CleanArticle } from '../clean/types.js';
import { limitFoundValue } from '../ingest/storableText.js';
import type { ArticleMetadata } from './types.js';
import { resolveOutlet } from './resolveOutlet.js';
import { resolvePublished, type PublishedContext } from './resolvePublished.js';
import { resolveTitle } from './resolveTitle.js';

/**
 * Decides title, outlet and publication date, each with where it came from,
 * and says what it set aside: the warnings from reading the article, a
 * supplied date that is not a day, a title or outlet from the page cut to
 * its limit (a 1 MB <title> would otherwise be repeated in every story view).
 */
export function resolveMetadata(raw: RawArticle, clean: CleanArticle, context: PublishedContext = {}): ArticleMetadata & { warnings: string[] } {
  const warnings = [...(raw.warnings ?? [])];
  const warn = (warning: string) => warnings.push(`${raw.source}: ${warning}`);
  const title = resolveTitle(raw, clean);
  const outlet = resolveOutlet(raw, clean);
  const published = resolvePublished(raw, clean, warn, context);
  const limited = (field: 'title' | 'outlet', value: string): string => {
    const cut = limitFoundValue(field, value);
    if (cut.warning) warn(cut.warning);
    return cut.value;
  };
  return {
    title: title.value === null ? title : { ...title, value: limited('title', title.value) },
    outlet: { ...outlet, name: limited('outlet', outlet.name) },
    published,
    // Taken as the input gives them: only a feed names authors, and only feeds, URLs and archives find the text elsewhere.
    authors: raw.supplied?.authors ?? [],
    textHow: raw.supplied?.textHow ?? null,
    warnings,
  };
}
