import { describe, expect, it } from 'vitest';
import { spanIndex } from '../../src/analyze/spans/spanIndex.js';
import type { Span } from '../../src/analyze/types.js';

/** A fixed-seed generator, so the comparison with the plain scan is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('spanIndex answers as a scan over every span does', () => {
  const next = random(7);
  const span = (): Span => {
    const start = Math.floor(next() * 100);
    return { start, end: start + Math.floor(next() * 15) };
  };
  const spans = Array.from({ length: 60 }, span);
  const index = spanIndex(spans);

  it('covers, with and without an excluded span', () => {
    for (let n = 0; n < 2000; n++) {
      const q = span();
      const except = Math.floor(next() * spans.length);
      expect(index.covers(q.start, q.end)).toBe(spans.some((s) => s.start <= q.start && q.end <= s.end));
      expect(index.covers(q.start, q.end, except)).toBe(spans.some((s, i) => i !== except && s.start <= q.start && q.end <= s.end));
    }
  });

  it('overlaps', () => {
    for (let n = 0; n < 2000; n++) {
      const q = span();
      expect(index.overlaps(q.start, q.end)).toBe(spans.some((s) => s.start < q.end && q.start < s.end));
    }
  });

  it('finds nothing in no spans', () => {
    expect(spanIndex([]).covers(0, 1)).toBe(false);
    expect(spanIndex([]).overlaps(0, 1)).toBe(false);
  });
});
