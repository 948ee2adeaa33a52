import { describe, expect, it } from 'vitest';
import { bcubed, type ClusteredItem } from '../../scripts/eval/bcubed.js';

const items = (gold: string, predicted: string): ClusteredItem[] => [...gold].map((g, i) => ({ gold: g, predicted: predicted[i] }));

describe('bcubed', () => {
  it('scores a perfect clustering 1, whatever the labels are called', () => {
    expect(bcubed(items('aabbc', 'xxyyz'))).toEqual({ precision: 1, recall: 1, f1: 1, items: 5 });
  });

  it('gives one big cluster full recall and precision by gold cluster share', () => {
    // gold {1,2}{3}: precision (2/3 + 2/3 + 1/3) / 3 = 5/9
    const s = bcubed(items('aab', 'xxx'));
    expect(s.precision).toBeCloseTo(5 / 9);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo((2 * (5 / 9)) / (5 / 9 + 1));
  });

  it('gives all singletons full precision and recall by gold cluster share', () => {
    // gold {1,2,3}{4}: recall (1/3 * 3 + 1) / 4 = 1/2
    const s = bcubed(items('aaab', 'wxyz'));
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5);
  });

  it('scores a split and a merge (Bagga & Baldwin style example)', () => {
    // gold {1,2,3}{4,5}, predicted {1,2}{3,4,5}
    // precision: 1,1 | 1/3, 2/3, 2/3 -> (2 + 5/3) / 5 = 11/15
    // recall:    2/3, 2/3, 1/3 | 1, 1 -> (5/3 + 2) / 5 = 11/15
    const s = bcubed(items('aaabb', 'xxyyy'));
    expect(s.precision).toBeCloseTo(11 / 15);
    expect(s.recall).toBeCloseTo(11 / 15);
  });

  it('does not confuse labels that join to the same string', () => {
    const s = bcubed([
      { gold: 'a b', predicted: 'c' },
      { gold: 'a', predicted: 'b c' },
    ]);
    expect(s).toEqual({ precision: 1, recall: 1, f1: 1, items: 2 });
  });

  it('scores nothing as zero', () => {
    expect(bcubed([])).toEqual({ precision: 0, recall: 0, f1: 0, items: 0 });
  });
});
