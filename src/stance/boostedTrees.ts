/**
 * Gradient-boosted regression trees as stored in stanceJudgeWeights.json:
 * numbers only. A tree is flat arrays indexed by node; node 0 is the root;
 * a node with feature -1 is a leaf holding `value`; otherwise a row goes
 * left when row[feature] <= threshold.
 */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** A binary model: the log-odds are base + the sum of the trees. */
export interface BinaryBoost {
  base: number;
  trees: Tree[];
}

/** A softmax model over classes: round r holds one tree per class. */
export interface MulticlassBoost {
  base: number[];
  rounds: Tree[][];
}

export function treeValue(tree: Tree, row: ArrayLike<number>): number {
  let node = 0;
  while (tree.feature[node] >= 0) node = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  return tree.value[node];
}

export function binaryProbability(model: BinaryBoost, row: ArrayLike<number>): number {
  let score = model.base;
  for (const tree of model.trees) score += treeValue(tree, row);
  return 1 / (1 + Math.exp(-score));
}

export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function classScores(model: MulticlassBoost, row: ArrayLike<number>): number[] {
  const scores = [...model.base];
  for (const round of model.rounds) for (let k = 0; k < round.length; k++) scores[k] += treeValue(round[k], row);
  return scores;
}

export const classProbabilities = (model: MulticlassBoost, row: ArrayLike<number>): number[] => softmax(classScores(model, row));
