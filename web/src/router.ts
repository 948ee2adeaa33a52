import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes, so the server needs no route table and a link to a sentence
 * survives a reload: #/claim/dren.killed.1, #/article/17efcee5ce2a?statement=s3.
 */
export interface Route {
  /** The first path segment: '' (story board), 'claim', 'article', 'timeline', 'matrix', 'search', 'articles', 'check', 'watch', 'corrections'. */
  page: string;
  /** The rest of the path, decoded: the claim, article or watched claim id. */
  id: string;
  query: URLSearchParams;
}

/** A hash that does not decode ('#/claim/%', '#/article/%E0%A4%A') is no page: the app shows its 'No page here' answer. */
export const notFoundPage = 'not-found';

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?', 2);
  const [page = '', ...rest] = path.split('/');
  try {
    return { page: decodeURIComponent(page), id: decodeURIComponent(rest.join('/')), query: new URLSearchParams(search) };
  } catch {
    return { page: notFoundPage, id: '', query: new URLSearchParams() };
  }
}

export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

export const href = {
  story: () => '#/',
  claim: (id: string) => `#/claim/${encodeURIComponent(id)}`,
  timeline: () => '#/timeline',
  matrix: () => '#/matrix',
  articles: () => '#/articles',
  search: (q: string) => `#/search?${new URLSearchParams({ q })}`,
  /** A check is addressed by its words, so its page survives a reload and can be shared: #/check?claim=Vasko+Dren+was+killed. */
  check: (claim?: string) => (claim ? `#/check?${new URLSearchParams({ claim })}` : '#/check'),
  watchList: () => '#/watch',
  watched: (id: string) => `#/watch/${encodeURIComponent(id)}`,
  corrections: () => '#/corrections',
  /**
   * A statement is addressed by article and statement id. An outlet's own assertion ('o1') is not in the
   * article's statement list: the offsets, or the claim that holds it, let the reader find it.
   */
  article: (id: string, at?: { statement: string; start?: number; end?: number; claim?: string }) => {
    if (!at) return `#/article/${encodeURIComponent(id)}`;
    const query = new URLSearchParams({ statement: at.statement });
    if (at.start !== undefined && at.end !== undefined) query.set('at', `${at.start}-${at.end}`);
    else if (at.claim) query.set('claim', at.claim);
    return `#/article/${encodeURIComponent(id)}?${query}`;
  },
};
