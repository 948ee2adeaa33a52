import { addModelScores, sentenceIds, type Scorer } from './taggerModel.js';
import { featuresOf, roleOf, tagLabels, type Feature, type TagContext, type TagLabel } from './tagFeatures.js';

/** An I- label only continues the same role: 'B-S I-C' is read as 'B-S B-C'. */
export function allowed(label: TagLabel, before: TagLabel | undefined): boolean {
  return !label.startsWith('I-') || (before !== undefined && before !== 'O' && roleOf(before) === roleOf(label));
}

/** The best label allowed after `before`. */
export function bestLabel(scores: Float64Array, before: TagLabel | undefined): number {
  let best = 0;
  for (let c = 1; c < tagLabels.length; c++) if (allowed(tagLabels[c], before) && scores[c] > scores[best]) best = c;
  return best;
}

/**
 * Greedy left-to-right labelling of one sentence, each label chosen with
 * the ones before it as features, by the trained model unless a scorer is
 * given (training gives its own). `learn` sees each token's features and
 * chosen label before the next is chosen, which is how training updates
 * the weights it scores with.
 */
export function tagSentence(context: TagContext, scorer?: Scorer, learn?: (i: number, features: Feature[], chosen: number) => void): TagLabel[] {
  const labels: TagLabel[] = [];
  const indexes: number[] = [];
  const ids = scorer ? undefined : sentenceIds(context);
  const scores = new Float64Array(tagLabels.length);
  let cueBefore = false;
  let sourceBefore = false;
  for (let i = 0; i < context.words.length; i++) {
    scores.fill(0);
    let features: Feature[] = [];
    if (ids) addModelScores(ids, i, indexes, cueBefore, sourceBefore, scores);
    else {
      features = featuresOf(context, i, labels, cueBefore, sourceBefore);
      scorer?.(features, scores);
    }
    const best = bestLabel(scores, labels[i - 1]);
    learn?.(i, features, best);
    const label = tagLabels[best];
    labels.push(label);
    indexes.push(best);
    cueBefore ||= roleOf(label) === 'C';
    sourceBefore ||= roleOf(label) === 'S';
  }
  return labels;
}
