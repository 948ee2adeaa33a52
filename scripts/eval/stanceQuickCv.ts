/**
 * A quick loop for the stance stage alone (not the related stage): five folds
 * of Emergent train cut by claim, each trained on all related FNC-1 pairs
 * plus the other Emergent folds, scored as a three-way choice. With --fnc,
 * also five folds of FNC-1's related pairs cut by body (macro-F1 over the
 * three stances). Faster than `npm run eval -- stance`, which it does not
 * replace: the figures of docs/stance.md come from that.
 *
 *   npx tsx scripts/eval/stanceQuickCv.ts [--fnc] [--errors] [--rounds N] [--depth N] [--emergent-weight W] [--balance B]
 *
 * --errors prints misjudged Emergent headlines to the terminal, to study;
 * never paste them into the repository.
 */
import path from 'node:path';
import { classProbabilities } from '../../src/stance/boostedTrees.js';
import { fitMulticlass } from '../train/growBoostedTrees.js';
import { defaultJudgeOptions, featurePairs, stanceClasses, type FeaturedPair } from '../train/fitStanceJudge.js';
import { readStancePairs, type PairLabel } from '../train/readStancePairs.js';
import { assignFolds, classScores, printConfusion } from './stanceScores.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const stanceOptions = { ...defaultJudgeOptions.stance, rounds: option('--rounds', defaultJudgeOptions.stance.rounds), depth: option('--depth', defaultJudgeOptions.stance.depth), learningRate: option('--rate', defaultJudgeOptions.stance.learningRate) };
const emergentWeight = option('--emergent-weight', defaultJudgeOptions.emergentWeight);
const balance = option('--balance', defaultJudgeOptions.balance);
const shared = process.env.CORROBORATE_SHARED ?? '../shared';

function judgeFold(train: readonly FeaturedPair[], test: readonly FeaturedPair[]): PairLabel[] {
  const counts = new Map<PairLabel, number>();
  for (const e of train) counts.set(e.pair.label, (counts.get(e.pair.label) ?? 0) + 1);
  const largest = Math.max(...counts.values());
  const weight = (e: FeaturedPair): number => (largest / counts.get(e.pair.label)!) ** balance * (e.pair.source === 'emergent' ? emergentWeight : 1);
  const model = fitMulticlass(
    train.map((e) => e.row),
    train.map((e) => stanceClasses.indexOf(e.pair.label as (typeof stanceClasses)[number])),
    train.map(weight),
    stanceClasses.length,
    stanceOptions,
  );
  return test.map((e) => {
    const p = classProbabilities(model, e.row);
    return stanceClasses[p.indexOf(Math.max(...p))];
  });
}

const started = performance.now();
const examples = featurePairs(readStancePairs(path.join(shared, 'data'))).filter((e) => e.pair.label !== 'unrelated');
const fnc = examples.filter((e) => e.pair.source === 'fnc');
const emergent = examples.filter((e) => e.pair.source === 'emergent');
const labels: PairLabel[] = ['asserts', 'denies', 'reports'];

const emergentFold = assignFolds(emergent.map((e) => e.pair.group), 5, 17);
const judged: { gold: PairLabel; predicted: PairLabel; e: FeaturedPair }[] = [];
for (let k = 0; k < 5; k++) {
  const test = emergent.filter((_, i) => emergentFold[i] === k);
  const predicted = judgeFold([...fnc, ...emergent.filter((_, i) => emergentFold[i] !== k)], test);
  test.forEach((e, i) => judged.push({ gold: e.pair.label, predicted: predicted[i], e }));
}
const scores = classScores(judged, labels);
console.log(`Emergent stance stage: accuracy ${(scores.accuracy * 100).toFixed(1)}, macro-F1 ${(scores.macroF1 * 100).toFixed(1)} (${Object.values(scores.f1).map((f) => (f * 100).toFixed(1)).join(' / ')})`);
printConfusion(judged, labels);
if (args.includes('--errors')) {
  for (const j of judged.filter((x) => x.gold !== x.predicted)) console.log(`${j.gold} -> ${j.predicted}\t${j.e.pair.claim}\t|| ${j.e.pair.text}`);
}

if (args.includes('--fnc')) {
  const fncFold = assignFolds(fnc.map((e) => e.pair.group), 5, 13);
  const fncJudged: { gold: PairLabel; predicted: PairLabel }[] = [];
  for (let k = 0; k < 5; k++) {
    const test = fnc.filter((_, i) => fncFold[i] === k);
    const predicted = judgeFold([...fnc.filter((_, i) => fncFold[i] !== k), ...emergent], test);
    test.forEach((e, i) => fncJudged.push({ gold: e.pair.label, predicted: predicted[i] }));
  }
  const f = classScores(fncJudged, labels);
  console.log(`FNC-1 related pairs, stance stage: macro-F1 ${(f.macroF1 * 100).toFixed(1)} (${Object.values(f.f1).map((x) => (x * 100).toFixed(1)).join(' / ')}), accuracy ${(f.accuracy * 100).toFixed(1)}`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
