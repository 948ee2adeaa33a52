import type { RawArticle } from '../ingest/types.js';
import type { CleanArticle } from '../clean/types.js';
import type { ArticleMetadata } from './types.js';
import { resolveOutlet } from './resolveOutlet.js';
import { resolvePublished } from './resolvePublished.js';
import { resolveTitle } from './resolveTitle.js';

/** Decides title, outlet and publication date, each with where it came from. */
export function resolveMetadata(raw: RawArticle, clean: CleanArticle): ArticleMetadata {
  return { title: resolveTitle(raw, clean), outlet: resolveOutlet(raw, clean), published: resolvePublished(raw, clean) };
}
