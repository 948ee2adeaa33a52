/**
 * Gradient boosting of shallow regression trees (Friedman 2001; the
 * second-order leaf values of XGBoost), for a binary label (log loss) or
 * several classes (softmax, one tree per class and round). Features are
 * cut into at most `bins` quantile bins once, so each split search is a
 * histogram scan. No randomness: rows and features are taken in order,
 * so the same data gives the same trees.
 */
import type { BinaryBoost, MulticlassBoost, Tree } from '../../src/stance/boostedTrees.js';
import { softmax, treeValue } from '../../src/stance/boostedTrees.js';

export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values: a leaf of few rows moves less. */
  lambda: number;
  /** A split needs at least this much hessian (about rows × p(1-p)) on each side. */
  minChildWeight: number;
  bins: number;
}

export const defaultBoostOptions: BoostOptions = { rounds: 200, depth: 4, learningRate: 0.1, lambda: 1, minChildWeight: 2, bins: 48 };

interface Binned {
  /** Per feature: the bin of each row. */
  bins: Uint8Array[];
  /** Per feature: the upper bound of each bin but the last, so a row is in bin j when value <= thresholds[j]. */
  thresholds: number[][];
}

function binFeatures(rows: readonly Float64Array[], binCount: number): Binned {
  const featureCount = rows[0]?.length ?? 0;
  const bins: Uint8Array[] = [];
  const thresholds: number[][] = [];
  for (let f = 0; f < featureCount; f++) {
    const values = Float64Array.from(rows, (row) => row[f]).sort();
    const distinct = values.filter((v, i) => i === 0 || v !== values[i - 1]);
    let cuts: number[];
    if (distinct.length <= binCount) cuts = Array.from(distinct.subarray(0, -1), (v, i) => (v + distinct[i + 1]) / 2);
    else {
      cuts = [];
      for (let q = 1; q < binCount; q++) {
        const v = values[Math.floor((q * values.length) / binCount)];
        if (v !== values[values.length - 1] && v !== cuts[cuts.length - 1]) cuts.push(v);
      }
    }
    const column = new Uint8Array(rows.length);
    rows.forEach((row, i) => {
      let j = 0;
      while (j < cuts.length && row[f] > cuts[j]) j++;
      column[i] = j;
    });
    bins.push(column);
    thresholds.push(cuts);
  }
  return { bins, thresholds };
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

function bestSplit(data: Binned, rows: Int32Array, grad: Float64Array, hess: Float64Array, options: BoostOptions): Split | null {
  let G = 0;
  let H = 0;
  for (let i = 0; i < rows.length; i++) {
    G += grad[rows[i]];
    H += hess[rows[i]];
  }
  const parent = (G * G) / (H + options.lambda);
  let best: Split | null = null;
  const gs = new Float64Array(options.bins);
  const hs = new Float64Array(options.bins);
  for (let f = 0; f < data.bins.length; f++) {
    const cuts = data.thresholds[f].length;
    if (!cuts) continue;
    gs.fill(0, 0, cuts + 1);
    hs.fill(0, 0, cuts + 1);
    const column = data.bins[f];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const bin = column[r];
      gs[bin] += grad[r];
      hs[bin] += hess[r];
    }
    let gl = 0;
    let hl = 0;
    for (let j = 0; j < cuts; j++) {
      gl += gs[j];
      hl += hs[j];
      const hr = H - hl;
      if (hl < options.minChildWeight || hr < options.minChildWeight) continue;
      const gr = G - gl;
      const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
      if (gain > 1e-9 && (!best || gain > best.gain)) best = { feature: f, bin: j, gain };
    }
  }
  return best;
}

function growTree(data: Binned, rows: Int32Array, grad: Float64Array, hess: Float64Array, options: BoostOptions): Tree {
  const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const grow = (members: Int32Array, depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(0);
    const split = depth < options.depth ? bestSplit(data, members, grad, hess, options) : null;
    if (!split) {
      let G = 0;
      let H = 0;
      for (const r of members) {
        G += grad[r];
        H += hess[r];
      }
      tree.value[node] = (-G / (H + options.lambda)) * options.learningRate;
      return node;
    }
    const column = data.bins[split.feature];
    const goesLeft = members.filter((r) => column[r] <= split.bin);
    const goesRight = members.filter((r) => column[r] > split.bin);
    tree.feature[node] = split.feature;
    tree.threshold[node] = data.thresholds[split.feature][split.bin];
    tree.left[node] = grow(goesLeft, depth + 1);
    tree.right[node] = grow(goesRight, depth + 1);
    return node;
  };
  grow(rows, 0);
  return tree;
}

const allRows = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** Log-loss boosting of labels 0/1, each row weighted. */
export function fitBinary(rows: readonly Float64Array[], labels: readonly number[], weights: readonly number[], options: BoostOptions): BinaryBoost {
  const data = binFeatures(rows, options.bins);
  const n = rows.length;
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const positive = labels.reduce((sum, y, i) => sum + y * weights[i], 0) / totalWeight;
  const base = Math.log(positive / (1 - positive));
  const score = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: Tree[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]));
      grad[i] = (p - labels[i]) * weights[i];
      hess[i] = Math.max(p * (1 - p), 1e-6) * weights[i];
    }
    const tree = growTree(data, allRows(n), grad, hess, options);
    trees.push(tree);
    for (let i = 0; i < n; i++) score[i] += treeValue(tree, rows[i]);
  }
  return { base, trees };
}

/** Softmax boosting of class indices 0..classCount-1, each row weighted. */
export function fitMulticlass(rows: readonly Float64Array[], labels: readonly number[], weights: readonly number[], classCount: number, options: BoostOptions): MulticlassBoost {
  const data = binFeatures(rows, options.bins);
  const n = rows.length;
  const priors = Array.from({ length: classCount }, (_, k) => labels.reduce((sum, y, i) => sum + (y === k ? weights[i] : 0), 0));
  const total = priors.reduce((a, b) => a + b, 0);
  const base = priors.map((p) => Math.log(Math.max(p, 1e-9) / total));
  const scores = rows.map(() => [...base]);
  const grads = Array.from({ length: classCount }, () => new Float64Array(n));
  const hesses = Array.from({ length: classCount }, () => new Float64Array(n));
  const rounds: Tree[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = softmax(scores[i]);
      for (let k = 0; k < classCount; k++) {
        grads[k][i] = (p[k] - (labels[i] === k ? 1 : 0)) * weights[i];
        hesses[k][i] = Math.max(p[k] * (1 - p[k]), 1e-6) * weights[i];
      }
    }
    const trees = grads.map((grad, k) => growTree(data, allRows(n), grad, hesses[k], options));
    rounds.push(trees);
    for (let i = 0; i < n; i++) for (let k = 0; k < classCount; k++) scores[i][k] += treeValue(trees[k], rows[i]);
  }
  return { base, rounds };
}
