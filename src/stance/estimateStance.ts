import type { BinaryBoost, MulticlassBoost } from './boostedTrees.js';
import { binaryProbability, classProbabilities } from './boostedTrees.js';
import type { PreparedClaim, PreparedText } from './prepareText.js';
import { cueFamilyNames } from './stanceCueFamilies.js';
import { bearingSentences, featureIds, stanceFeatures } from './stanceFeatures.js';
import { readFileSync } from 'node:fs';
import weights from './stanceJudgeWeights.json' with { type: 'json' };

export { prepareClaim, prepareText } from './prepareText.js';
export type { PreparedClaim, PreparedText } from './prepareText.js';

export type JudgedStance = 'asserts' | 'denies' | 'doubts' | 'reports';

export interface StanceEstimate {
  /** probability the text bears on the claim at all (FNC 'unrelated' vs the rest) */
  related: number;
  /** the best stance among related texts */
  stance: JudgedStance;
  /** 0..1, probability of `stance` given related ('doubts': the probability that the text does not assert the claim) */
  confidence: number;
  probabilities: { asserts: number; denies: number; reports: number };
  /** words of the text that decided it (refuting/hedging/negation cues found), as they appear in the text */
  words: string[];
  /** 'rule' when the doubt rule turned the model's answer into 'doubts' */
  decidedBy: 'model' | 'rule';
}

/** The model's stances, in the order of its class scores. */
export const modelStances = ['asserts', 'denies', 'reports'] as const;

/**
 * What scripts/train/trainStanceJudge.ts writes: numbers, plus our own
 * feature ids and the class names, so a mismatch with the code shows.
 */
export interface StanceJudgeWeights {
  featureIds: string[];
  stances: string[];
  /** Two stages: does the text bear on the claim, then which stance it takes. */
  related: BinaryBoost;
  stance: MulticlassBoost;
  trainedOn: Record<string, number>;
}

const doubtFamily = cueFamilyNames.indexOf('doubt');

/** Cue words found inside a longer cue phrase say nothing more: ['could', 'not', 'could not confirm'] -> ['could not confirm']. */
function withoutParts(words: string[]): string[] {
  if (words.length < 2) return words;
  const within = (part: string, whole: string): boolean => part !== whole && new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'iu').test(whole);
  return words.filter((word) => !words.some((other) => within(word, other)));
}

/**
 * The stance of a text toward a claim. The trees decide asserts, denies or
 * reports; then one rule: when a sentence bearing on the claim withholds
 * belief ('could not independently verify', 'no confirmation', 'unverified')
 * and none of them calls it false outside such a phrase ('a hoax', 'denied'),
 * the text doubts the claim, whatever the model said: the model never saw a
 * doubt and takes 'could not confirm that he resigned' for a denial. No
 * training set labels doubt, so the rule stands beside the model.
 */
export function estimateStanceWith(judge: StanceJudgeWeights, claim: PreparedClaim, text: PreparedText): StanceEstimate {
  return estimateIfRelatedWith(judge, claim, text, 0)!;
}

/**
 * The estimate, or null when the text bears on the claim less than
 * `threshold`: the stance stage (three trees a round against one) is not
 * run for the many full-text candidates that do not bear on a claim.
 */
function estimateIfRelatedWith(judge: StanceJudgeWeights, claim: PreparedClaim, text: PreparedText, threshold: number): StanceEstimate | null {
  const found = bearingSentences(claim, text);
  const row = stanceFeatures(claim, text, found);
  const related = binaryProbability(judge.related, row);
  if (related < threshold) return null;
  const [asserts, denies, reports] = classProbabilities(judge.stance, row);
  const probabilities = { asserts, denies, reports };
  const best = modelStances.reduce((a, b) => (probabilities[b] > probabilities[a] ? b : a));
  const bearing = found.sentences;
  const words = withoutParts([...new Set(bearing.flatMap((s) => s.cueWords))]);
  const withheld = bearing.some((s) => s.cues[doubtFamily] > 0) && !bearing.some((s) => s.refutesBeyondDoubt);
  if (withheld) return { related, stance: 'doubts', confidence: 1 - asserts, probabilities, words, decidedBy: 'rule' };
  return { related, stance: best, confidence: probabilities[best], probabilities, words, decidedBy: 'model' };
}

let checked: StanceJudgeWeights | null = null;

/**
 * The committed weights, or those in the file CORROBORATE_STANCE_WEIGHTS
 * names (scripts/eval/stanceThroughCheck.ts hands the CLI a judge trained
 * without the fold it measures), checked once against the features this
 * code computes.
 */
function committedJudge(): StanceJudgeWeights {
  if (checked) return checked;
  const file = process.env.CORROBORATE_STANCE_WEIGHTS;
  const judge = file ? (JSON.parse(readFileSync(file, 'utf8')) as StanceJudgeWeights) : (weights as StanceJudgeWeights);
  if (judge.featureIds.join() !== featureIds.join()) {
    throw new Error(`stanceJudgeWeights.json was trained on other features than stanceFeatures.ts computes: expected ${featureIds.length} feature ids, received ${judge.featureIds.length}; run scripts/train/trainStanceJudge.ts`);
  }
  return (checked = judge);
}

export function estimateStance(claim: PreparedClaim, text: PreparedText): StanceEstimate {
  return estimateStanceWith(committedJudge(), claim, text);
}

/** The committed judge's estimate when the text bears on the claim at least `threshold`, else null. */
export function estimateIfRelated(claim: PreparedClaim, text: PreparedText, threshold: number): StanceEstimate | null {
  return estimateIfRelatedWith(committedJudge(), claim, text, threshold);
}
