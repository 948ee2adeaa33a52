import { describe, expect, it } from 'vitest';
import { countDocument, scoreCounts } from '../../scripts/eval/scoreTimes.js';

// A hand-made case, scored by hand:
//   gold:   A [0,6) DATE 2017   B [10,20) DATE 2017-05   C [30,35) DURATION P5M   D [50,55) DATE PAST_REF
//   system: a [0,6) DATE 2017   b [12,20) DATE 2017-06   c [30,35) DATE P5M       e [60,64) DATE 2016
// strict: A=a and C=c (2);   relaxed: also B~b (3);   types right: A, B (2 of 3);
// values right: A, C (2 of 3).
// strict P = 2/4, R = 2/4, F1 = 0.5;  relaxed P = 3/4, R = 3/4, F1 = 0.75;
// type accuracy = 2/3; value accuracy = 2/3; value F1 (pairs) P = 2/4, R = 2/4 -> 0.5;
// relaxed F1 x value accuracy = 0.75 x 2/3 = 0.5.
const gold = [
  { start: 0, end: 6, type: 'DATE', value: '2017' },
  { start: 10, end: 20, type: 'DATE', value: '2017-05' },
  { start: 30, end: 35, type: 'DURATION', value: 'P5M' },
  { start: 50, end: 55, type: 'DATE', value: 'PAST_REF' },
];
const system = [
  { start: 0, end: 6, type: 'DATE', value: '2017' },
  { start: 12, end: 20, type: 'DATE', value: '2017-06' },
  { start: 30, end: 35, type: 'DATE', value: 'P5M' },
  { start: 60, end: 64, type: 'DATE', value: '2016' },
];

describe('scoreTimes', () => {
  it('scores a hand-made document as TempEval-3 does', () => {
    const counts = countDocument(gold, system);
    expect(counts).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, typeCorrect: 2, valueCorrect: 2 });
    const scores = scoreCounts(counts);
    expect(scores.strict).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(scores.relaxed).toEqual({ p: 0.75, r: 0.75, f1: 0.75 });
    expect(scores.typeAccuracy).toBeCloseTo(2 / 3);
    expect(scores.valueAccuracy).toBeCloseTo(2 / 3);
    expect(scores.valueF1).toBeCloseTo(0.5);
    expect(scores.valueF1Product).toBeCloseTo(0.5);
  });

  it('pairs each system expression with one gold expression only', () => {
    const counts = countDocument(
      [{ start: 0, end: 4, type: 'DATE', value: 'x' }, { start: 5, end: 9, type: 'DATE', value: 'y' }],
      [{ start: 0, end: 9, type: 'DATE', value: 'x' }],
    );
    expect(counts.relaxed).toBe(1);
    expect(scoreCounts(counts).relaxed.r).toBe(0.5);
  });

  it('gives the same value F1 both ways, as the official product and as pair F1', () => {
    const counts = { gold: 7, system: 9, strict: 3, relaxed: 6, typeCorrect: 5, valueCorrect: 4 };
    const scores = scoreCounts(counts);
    expect(scores.valueF1Product).toBeCloseTo((4 / 6) * ((2 * 6) / (9 + 7)));
    expect(scores.valueF1).toBeCloseTo(scores.valueF1Product);
  });

  it('scores nothing found as zero, not NaN', () => {
    expect(scoreCounts(countDocument([{ start: 0, end: 1, type: 'DATE', value: 'x' }], [])).relaxed).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
