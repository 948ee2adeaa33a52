import { describe, expect, it } from 'vitest';
import { averageShingleScores, scoreShingles, tokenize } from '../../scripts/eval/boilerplateShingles.js';

/*
 * Worked by hand.
 * Page 1: truth 'The cat sat on the mat.' is the tokens the cat sat on the
 * mat, shingles (the cat sat on) (cat sat on the) (sat on the mat). The
 * extraction 'Menu. The cat sat on the mat' adds 'menu' in front, so it has
 * those three plus (menu the cat sat): tp 3, fp 1, fn 0, precision 3/4,
 * recall 1, F1 = 2 * 3/4 * 1 / (3/4 + 1) = 6/7.
 * Page 2: truth 'One two three' is shorter than a shingle, so it is the one
 * shingle (one two three); nothing was extracted: tp 0, fp 0, fn 1, and
 * precision, recall and F1 are all 0.
 * Averages: precision (3/4 + 0)/2 = 3/8, recall (1 + 0)/2 = 1/2, F1 (6/7)/2 = 3/7.
 */
describe('shingle scoring as the Zyte benchmark does it', () => {
  it('tokenizes lower-cased words split at punctuation', () => {
    expect(tokenize("Don't STOP—now, 2024!")).toEqual(['don', 't', 'stop', 'now', '2024']);
  });

  it('scores pages and averages them', () => {
    const page1 = scoreShingles('The cat sat on the mat.', 'Menu. The cat sat on the mat');
    const page2 = scoreShingles('One two three', '');
    expect(page1).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1 });
    expect(page1.f1).toBeCloseTo(6 / 7);
    expect(page2).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
    const mean = averageShingleScores([page1, page2]);
    expect(mean.precision).toBeCloseTo(3 / 8);
    expect(mean.recall).toBeCloseTo(1 / 2);
    expect(mean.f1).toBeCloseTo(3 / 7);
  });

  it('counts a repeated shingle as often as it occurs', () => {
    // Truth a b c d a b c d: shingles (a b c d) twice, (b c d a), (c d a b), (d a b c).
    // Extraction 'a b c d': (a b c d) once: tp 1, fp 0, fn 4, precision 1, recall 1/5.
    expect(scoreShingles('a b c d a b c d', 'a b c d')).toMatchObject({ tp: 1, fp: 0, fn: 4, precision: 1, recall: 0.2 });
  });

  it('gives a perfect score when both texts are empty', () => {
    expect(scoreShingles('', '')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
