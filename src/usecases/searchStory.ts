import type { Queryable } from '../store/Database.js';
import { searchStore } from '../store/searchStore.js';

export interface SearchResult {
  kind: 'article' | 'statement';
  article: string;
  statement?: string;
  title: string | null;
  outlet: string;
  published: string | null;
  /** A passage of the article text or the statement content; highlights are [start, end) offsets into snippet.text. */
  snippet: { text: string; highlights: [number, number][] };
}

/** Full-text search over articles and statements, ranked, with the matched words as offsets (never markup). */
export async function searchStory(db: Queryable, query: string, page: { limit: number; offset: number }): Promise<{ total: number; items: SearchResult[] }> {
  const { total, hits } = await searchStore(db, query, page);
  return {
    total,
    items: hits.map((hit) => ({
      kind: hit.kind,
      article: hit.article,
      ...(hit.statement ? { statement: hit.statement } : {}),
      title: hit.title,
      outlet: hit.outlet,
      published: hit.published,
      snippet: unmark(hit.marked),
    })),
  };
}

/** '\u0001Dren\u0002 was \u0001killed\u0002' -> { text: 'Dren was killed', highlights: [[0, 4], [9, 15]] } */
export function unmark(marked: string): SearchResult['snippet'] {
  let text = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const char of marked) {
    if (char === '\u0001') start = text.length;
    else if (char === '\u0002' && start >= 0) {
      highlights.push([start, text.length]);
      start = -1;
    } else if (char !== '\u0002') text += char;
  }
  return { text, highlights };
}
