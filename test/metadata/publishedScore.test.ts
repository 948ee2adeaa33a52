import { describe, expect, it } from 'vitest';
import { scoreDates } from '../../scripts/eval/published.js';

/*
 * Worked by hand: right day (correct); wrong day (wrong); unknown where a
 * date exists (wrong, unknown); unknown where the gold has none (correct,
 * unknown). Accuracy 2/4, unknown share 2/4; missed (unknown where a date
 * exists) 1/4.
 */
describe('published eval scoring', () => {
  it('scores day accuracy and the unknown share', () => {
    const score = scoreDates([
      { gold: '2017-06-16', found: '2017-06-16' },
      { gold: '2017-06-16', found: '2017-06-17' },
      { gold: '2020-01-01', found: null },
      { gold: null, found: null },
    ]);
    expect(score).toEqual({ pages: 4, correct: 2, unknown: 2, accuracy: 0.5, unknownShare: 0.5, missed: 1, missedShare: 0.25 });
  });
});
