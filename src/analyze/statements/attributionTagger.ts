import { addHistoryScores, addWordScores, sentenceIds } from './taggerModel.js';
import { roleOf, tagLabels, type TagContext, type TagLabel } from './tagFeatures.js';

/** An I- label only continues the same role: 'B-S I-C' is read as 'B-S B-C'. */
export function allowed(label: TagLabel, before: TagLabel | undefined): boolean {
  return !label.startsWith('I-') || (before !== undefined && before !== 'O' && roleOf(before) === roleOf(label));
}

/**
 * One partial labelling of a sentence kept in the beam: the label of its
 * last token and the labelling it extends (null before the first token), so
 * a step costs the same however long the sentence (a page with no full stop
 * is one sentence of thousands of words).
 */
export interface Hypothesis {
  label: number;
  parent: Hypothesis | null;
  score: number;
  cueBefore: boolean;
  sourceBefore: boolean;
}

/** The labels of a hypothesis, first token first. */
export function labelsOf(h: Hypothesis): number[] {
  const labels: number[] = [];
  for (let at: Hypothesis | null = h; at?.parent; at = at.parent) labels.push(at.label);
  return labels.reverse();
}

/** The labels of the two tokens before the next one, -1 where the sentence has none: what the features read of the past. */
export const lastTwo = (h: Hypothesis): [number, number] => [h.parent ? h.label : -1, h.parent?.parent ? h.parent.label : -1];

/** Adds to `scores` (one per label) what the model gives token i after the hypothesis's labels. */
export type HypothesisScorer = (i: number, h: Hypothesis, scores: Float64Array) => void;

/**
 * How many labellings the tagger keeps at each token. Greedy reading (one)
 * commits to 'O' on 'Sanders' before it sees 'blasted' two words on; four
 * keep the source reading alive until the cue decides it. Training searches
 * with the same width (scripts/train/trainAttributionTagger.ts).
 */
export const beamWidth = 4;

/**
 * Beam search over the labellings of a sentence of `length` tokens,
 * `width` kept at each token, best first (ties keep the earlier, so the
 * search is deterministic). `keepGoing` sees the beam after each token and
 * may stop the search there, as training does once the gold labelling has
 * fallen out of it.
 */
export function beamSearch(length: number, width: number, scoreAt: HypothesisScorer, keepGoing?: (i: number, beam: readonly Hypothesis[]) => boolean): Hypothesis[] {
  const scores = new Float64Array(tagLabels.length);
  let beam: Hypothesis[] = [{ label: -1, parent: null, score: 0, cueBefore: false, sourceBefore: false }];
  for (let i = 0; i < length; i++) {
    const candidates: { parent: Hypothesis; label: number; score: number }[] = [];
    for (const h of beam) {
      scores.fill(0);
      scoreAt(i, h, scores);
      const before = h.parent ? tagLabels[h.label] : undefined;
      for (let c = 0; c < tagLabels.length; c++) if (allowed(tagLabels[c], before)) candidates.push({ parent: h, label: c, score: h.score + scores[c] });
    }
    candidates.sort((a, b) => b.score - a.score);
    beam = candidates.slice(0, width).map(({ parent, label, score }) => {
      const role = roleOf(tagLabels[label]);
      return { label, parent, score, cueBefore: parent.cueBefore || role === 'C', sourceBefore: parent.sourceBefore || role === 'S' };
    });
    if (keepGoing && !keepGoing(i, beam)) break;
  }
  return beam;
}

/** The model's labelling of one sentence. */
export function tagSentence(context: TagContext): TagLabel[] {
  const ids = sentenceIds(context);
  const wordScores = new Float64Array(tagLabels.length);
  let scoredToken = -1;
  const [best] = beamSearch(context.words.length, beamWidth, (i, h, scores) => {
    if (scoredToken !== i) {
      wordScores.fill(0);
      addWordScores(ids, i, wordScores);
      scoredToken = i;
    }
    scores.set(wordScores);
    const [t1, t2] = lastTwo(h);
    addHistoryScores(ids, i, t1, t2, h.cueBefore, h.sourceBefore, scores);
  });
  return labelsOf(best).map((c) => tagLabels[c]);
}
