import { useEffect, useState } from 'preact/hooks';

/** A list the server sends a page at a time: the first page, then each next one appended on demand. */
export interface MorePages<T> {
  items: T[];
  next: string | null;
  loading: boolean;
  error: string | null;
  more: () => void;
}

/**
 * Starts from a page already loaded (`first`, taken out of the answer
 * `loaded`) and appends the page at `next` each time `more` is called;
 * starts again when `loaded` is another answer (a reload).
 */
export function useMorePages<T>(
  loaded: object,
  first: { items: T[]; next: string | null },
  fetchPage: (cursor: string) => Promise<{ items: T[]; next: string | null }>,
): MorePages<T> {
  const [state, setState] = useState({ items: first.items, next: first.next, loading: false, error: null as string | null });
  // Keyed on the answer, not on `first`, which callers build anew on every render.
  useEffect(() => setState({ items: first.items, next: first.next, loading: false, error: null }), [loaded]);
  const more = () => {
    if (!state.next || state.loading) return;
    const cursor = state.next;
    setState((s) => ({ ...s, loading: true, error: null }));
    fetchPage(cursor).then(
      (page) => setState((s) => ({ items: [...s.items, ...page.items], next: page.next, loading: false, error: null })),
      (error: unknown) => setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) })),
    );
  };
  return { ...state, more };
}

/** 'Show more' under a list that has more on the server; says how many are shown of how many. */
export function ShowMore({ pages, total, what }: { pages: MorePages<unknown>; total: number; what: string }) {
  if (!pages.next && !pages.error) return null;
  return (
    <p class="show-more">
      {pages.next && (
        <button type="button" onClick={pages.more} disabled={pages.loading}>
          {pages.loading ? 'Loading…' : 'Show more'}
        </button>
      )}{' '}
      <span class="muted">
        {pages.items.length} of {total} {what} shown
      </span>
      {pages.error && (
        <span class="error" role="alert">
          {' '}Could not load more: {pages.error}
        </span>
      )}
    </p>
  );
}
