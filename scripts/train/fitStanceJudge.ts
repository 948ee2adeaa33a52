/**
 * Fits the two stages of the stance judge on feature rows: does the text
 * bear on the claim (every pair), then which stance (related pairs only).
 * Shared by the training script and the cross-validation, so a fold is
 * trained exactly as the committed weights are.
 */
import { prepareClaim, prepareText, type PreparedClaim, type PreparedText } from '../../src/stance/prepareText.js';
import { featureIds, stanceFeatures } from '../../src/stance/stanceFeatures.js';
import type { StanceJudgeWeights } from '../../src/stance/estimateStance.js';
import { defaultBoostOptions, fitBinary, fitMulticlass, type BoostOptions } from './growBoostedTrees.js';
import type { PairLabel, StancePair } from './readStancePairs.js';

export const stanceClasses = ['asserts', 'denies', 'reports'] as const;

export interface FeaturedPair {
  pair: StancePair;
  claim: PreparedClaim;
  text: PreparedText;
  row: Float64Array;
}

export interface JudgeOptions {
  related: BoostOptions;
  stance: BoostOptions;
  /** Stance rows weigh (share of the largest class / share of theirs) ** this: 0 = as found, 1 = balanced. */
  balance: number;
  /** Emergent headline pairs weigh this much more than FNC bodies, being few. */
  emergentWeight: number;
}

export const defaultJudgeOptions: JudgeOptions = {
  related: { ...defaultBoostOptions, rounds: 150 },
  stance: { ...defaultBoostOptions, rounds: 160, learningRate: 0.15 },
  balance: 0.7,
  emergentWeight: 3,
};

/** Features of every pair; texts and claims are prepared once each, as the store caches them. */
export function featurePairs(pairs: readonly StancePair[]): FeaturedPair[] {
  const texts = new Map<string, PreparedText>();
  const claims = new Map<string, PreparedClaim>();
  return pairs.map((pair) => {
    let text = texts.get(pair.text);
    if (!text) texts.set(pair.text, (text = prepareText(pair.text)));
    let claim = claims.get(pair.claim);
    if (!claim) claims.set(pair.claim, (claim = prepareClaim(pair.claim)));
    return { pair, claim, text, row: stanceFeatures(claim, text) };
  });
}

function classWeights(labels: readonly PairLabel[], balance: number): Map<PairLabel, number> {
  const counts = new Map<PairLabel, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const largest = Math.max(...counts.values());
  return new Map([...counts].map(([l, c]) => [l, (largest / c) ** balance]));
}

export function fitStanceJudge(examples: readonly FeaturedPair[], options: JudgeOptions = defaultJudgeOptions): StanceJudgeWeights {
  const sourceWeight = (e: FeaturedPair): number => (e.pair.source === 'emergent' ? options.emergentWeight : 1);
  const related = fitBinary(
    examples.map((e) => e.row),
    examples.map((e) => (e.pair.label === 'unrelated' ? 0 : 1)),
    examples.map(sourceWeight),
    options.related,
  );
  const stanceExamples = examples.filter((e) => e.pair.label !== 'unrelated');
  const weights = classWeights(stanceExamples.map((e) => e.pair.label), options.balance);
  const stance = fitMulticlass(
    stanceExamples.map((e) => e.row),
    stanceExamples.map((e) => stanceClasses.indexOf(e.pair.label as (typeof stanceClasses)[number])),
    stanceExamples.map((e) => weights.get(e.pair.label)! * sourceWeight(e)),
    stanceClasses.length,
    options.stance,
  );
  const count = (source: string): number => examples.filter((e) => e.pair.source === source).length;
  return { featureIds: [...featureIds], stances: [...stanceClasses], related, stance, trainedOn: { fncPairs: count('fnc'), emergentPairs: count('emergent') } };
}
