/**
 * Shingle-based scoring of an extracted article body against the true one,
 * as the Zyte (Scrapinghub) article-extraction benchmark computes it: both
 * texts become word tokens (lower-cased; anything not a letter, digit or '_'
 * separates), then the multiset of 4-token shingles; shingles in both are
 * true positives, only in the extraction false positives, only in the truth
 * false negatives. A text shorter than four tokens is one shorter shingle.
 * Precision, recall and F1 are per page and then averaged over pages.
 */
export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

const SHINGLE = 4;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const shingle = tokens.slice(i, i + SHINGLE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page. Both texts empty is a perfect score: nothing to find and nothing found. */
export function scoreShingles(truth: string, extracted: string): ShingleScore & { tp: number; fp: number; fn: number } {
  const expected = shingles(truth);
  const found = shingles(extracted);
  let tp = 0;
  let fp = 0;
  for (const [shingle, count] of found) {
    const matched = Math.min(count, expected.get(shingle) ?? 0);
    tp += matched;
    fp += count - matched;
  }
  const fn = [...expected.values()].reduce((sum, count) => sum + count, 0) - tp;
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Averages per-page scores over the pages. */
export function averageShingleScores(pages: readonly ShingleScore[]): ShingleScore {
  const mean = (key: keyof ShingleScore) => (pages.length ? pages.reduce((sum, page) => sum + page[key], 0) / pages.length : 0);
  return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}
