import type { Span } from '../types.js';

/*
 * Answers "does any of these spans cover / overlap this one?" in log time,
 * so a refiner that asks it once per statement stays n log n where
 * `spans.some(...)` inside a loop was quadratic (100,000 'X said ...'
 * sentences: 100,000 × 100,000 span checks). Spans are sorted by start
 * once; for each prefix of that order we keep the span reaching furthest
 * (and the furthest other than it, for queries that must skip the asker).
 */

interface Reach {
  end: number;
  owner: number;
}

const none: Reach = { end: -Infinity, owner: -1 };

export interface SpanIndex {
  /** Some span with start <= start and end <= its end, other than the one at `except` (an index into the spans given). */
  covers(start: number, end: number, except?: number): boolean;
  /** Some span with start < end and end > start: the two overlap. */
  overlaps(start: number, end: number): boolean;
}

export function spanIndex(spans: readonly Span[]): SpanIndex {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const starts = order.map((i) => spans[i].start);
  const best: Reach[] = [];
  const second: Reach[] = [];
  let first = none;
  let next = none;
  for (const i of order) {
    const reach = { end: spans[i].end, owner: i };
    if (reach.end > first.end) [first, next] = [reach, first];
    else if (reach.end > next.end) next = reach;
    best.push(first);
    second.push(next);
  }
  /** How many spans start at or before `offset` (strict: before it). */
  const countStarting = (offset: number, strict: boolean): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset || (!strict && starts[mid] === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    covers(start, end, except = -1) {
      const n = countStarting(start, false);
      if (n === 0) return false;
      const reach = best[n - 1].owner === except ? second[n - 1] : best[n - 1];
      return reach.end >= end;
    },
    overlaps(start, end) {
      const n = countStarting(end, true);
      return n > 0 && best[n - 1].end > start;
    },
  };
}
