/**
 * How many of `items`, sorted by start, start before `offset`: the index of
 * the first one starting at or after it. Halving, so looking up the tokens
 * or entities of one sentence costs log n, not a scan of the article.
 */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
