/** Scores of judged stances: the FNC-1 rule, per-class F1, confusion, and folds cut by group. */
import { seededRandom } from '../seededRandom.js';
import type { PairLabel } from '../train/readStancePairs.js';

export interface Judgement {
  gold: PairLabel;
  predicted: PairLabel;
}

export interface ClassScores {
  accuracy: number;
  macroF1: number;
  f1: Record<string, number>;
}

/**
 * The FNC-1 score over the best reachable, in percent: 0.25 when a pair is
 * rightly called related or unrelated, 0.75 more when a related pair gets
 * its stance right (the official scorer's weighting).
 */
export function fncScore(judged: readonly Judgement[]): number {
  const points = (gold: PairLabel, predicted: PairLabel): number => {
    let score = 0;
    if (gold === predicted) score += gold === 'unrelated' ? 0.25 : 0.75;
    if (gold !== 'unrelated' && predicted !== 'unrelated') score += 0.25;
    return score;
  };
  const got = judged.reduce((sum, j) => sum + points(j.gold, j.predicted), 0);
  const best = judged.reduce((sum, j) => sum + points(j.gold, j.gold), 0);
  return (100 * got) / best;
}

export function classScores(judged: readonly Judgement[], labels: readonly PairLabel[]): ClassScores {
  const f1: Record<string, number> = {};
  for (const label of labels) {
    const tp = judged.filter((j) => j.gold === label && j.predicted === label).length;
    const predicted = judged.filter((j) => j.predicted === label).length;
    const gold = judged.filter((j) => j.gold === label).length;
    f1[label] = tp ? (2 * tp) / (predicted + gold) : 0;
  }
  const values = Object.values(f1);
  return { accuracy: judged.filter((j) => j.gold === j.predicted).length / judged.length, macroF1: values.reduce((a, b) => a + b, 0) / values.length, f1 };
}

export function printConfusion(judged: readonly Judgement[], labels: readonly PairLabel[]): void {
  console.log(`| gold \\ judged | ${labels.join(' | ')} |`);
  console.log(`|---|${labels.map(() => '---:').join('|')}|`);
  for (const gold of labels) {
    const counts = labels.map((p) => judged.filter((j) => j.gold === gold && j.predicted === p).length);
    if (counts.some((c) => c > 0)) console.log(`| ${gold} | ${counts.join(' | ')} |`);
  }
}

/** The fold of each item: groups are shuffled with the seed and dealt round, so a group never spans two folds. */
export function assignFolds(groups: readonly string[], folds: number, seed: number): number[] {
  const distinct = [...new Set(groups)].sort();
  const random = seededRandom(seed);
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [distinct[i], distinct[j]] = [distinct[j], distinct[i]];
  }
  const foldOf = new Map(distinct.map((g, i) => [g, i % folds]));
  return groups.map((g) => foldOf.get(g)!);
}
