import { describe, expect, it } from 'vitest';
import { countItem, scores } from '../../scripts/eval/boilerplate.js';

/*
 * Worked by hand. Page 1: 'alpha beta' is found across a line break (TP),
 * 'gamma' is missing (FN), 'menu' leaked (FP), 'footer text' is absent (TN).
 * Page 2 failed (null): its two 'with' snippets are FN, its 'without' a TN.
 * Totals tp 1, fp 1, fn 3, tn 2: precision 1/2, recall 1/4, accuracy 3/7,
 * F1 = 2*1 / (2*1 + 1 + 3) = 1/3.
 */
describe('boilerplate eval scoring', () => {
  it('counts snippets as trafilatura does', () => {
    const page1 = countItem({ with: ['alpha beta', 'gamma'], without: ['menu', 'footer text'] }, 'alpha \n  beta and the menu');
    const page2 = countItem({ with: ['one', 'two'], without: ['three'] }, null);
    expect(page1).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(page2).toEqual({ tp: 0, fp: 0, fn: 2, tn: 1 });
    const total = { tp: 1, fp: 1, fn: 3, tn: 2 };
    const s = scores(total);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.25);
    expect(s.accuracy).toBeCloseTo(3 / 7);
    expect(s.f1).toBeCloseTo(1 / 3);
  });
});
