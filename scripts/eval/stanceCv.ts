/**
 * Five-fold cross-validation of the stance judge, each fold trained by
 * scripts/train/fitStanceJudge.ts exactly as the committed weights are:
 *
 *   npm run eval -- stance [DATA] [--out FILE]
 *
 * DATA defaults to $CORROBORATE_SHARED/data (fnc-1/ and emergent/emergent-train.csv).
 * FNC-1 train is cut by body (no body in two folds), each fold trained on
 * the other FNC folds plus all of Emergent; Emergent train is cut by claim,
 * each fold trained on the other Emergent folds plus all of FNC-1.
 * FNC score is the official rule (0.25 for related/unrelated right, 0.75
 * more for the right stance of a related pair) over the best reachable,
 * in percent. Anchors on the same folds: every related pair 'discuss'.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { estimateStanceWith } from '../../src/stance/estimateStance.js';
import { defaultJudgeOptions, featurePairs, fitStanceJudge, type FeaturedPair } from '../train/fitStanceJudge.js';
import { readStancePairs, type PairLabel } from '../train/readStancePairs.js';
import { assignFolds, classScores, fncScore, printConfusion, type ClassScores } from './stanceScores.js';

const folds = 5;
const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const args = process.argv.slice(2);
const data = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(shared, 'data');
const outIndex = args.indexOf('--out');

const fncLabels: readonly PairLabel[] = ['asserts', 'denies', 'reports', 'unrelated'];
const emergentLabels: readonly PairLabel[] = ['asserts', 'denies', 'reports'];

interface Judged {
  gold: PairLabel;
  predicted: PairLabel;
  doubted: boolean;
  unrelated: boolean;
}

/**
 * Trains on `train`, judges `test`; a doubt-rule answer counts as the
 * model's stance under it. With `knownRelated` (Emergent: every headline is
 * about its claim) the stance is scored as a three-way choice, as
 * Ferreira & Vlachos do, and `unrelated` only counts how often stage one erred.
 */
function judgeFold(train: readonly FeaturedPair[], test: readonly FeaturedPair[], knownRelated: boolean): Judged[] {
  const judge = fitStanceJudge(train, defaultJudgeOptions);
  return test.map((e) => {
    const estimate = estimateStanceWith(judge, e.claim, e.text);
    const p = estimate.probabilities;
    const stance = (['asserts', 'denies', 'reports'] as const).reduce((a, b) => (p[b] > p[a] ? b : a));
    const unrelated = estimate.related < 0.5;
    return { gold: e.pair.label, predicted: unrelated && !knownRelated ? 'unrelated' : stance, doubted: estimate.decidedBy === 'rule', unrelated };
  });
}

const started = performance.now();
const examples = featurePairs(readStancePairs(data));
const fnc = examples.filter((e) => e.pair.source === 'fnc');
const emergent = examples.filter((e) => e.pair.source === 'emergent');
const fncFold = assignFolds(fnc.map((e) => e.pair.group), folds, 13);
const emergentFold = assignFolds(emergent.map((e) => e.pair.group), folds, 17);

const fncJudged: Judged[] = [];
const emergentJudged: Judged[] = [];
for (let k = 0; k < folds; k++) {
  const t = performance.now();
  fncJudged.push(...judgeFold([...fnc.filter((_, i) => fncFold[i] !== k), ...emergent], fnc.filter((_, i) => fncFold[i] === k), false));
  emergentJudged.push(...judgeFold([...fnc, ...emergent.filter((_, i) => emergentFold[i] !== k)], emergent.filter((_, i) => emergentFold[i] === k), true));
  console.error(`fold ${k + 1}/${folds}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

const discussAnchor = (judged: readonly Judged[]): Judged[] => judged.map((j) => ({ ...j, predicted: j.gold === 'unrelated' ? 'unrelated' : 'reports' }));
const row = (name: string, s: ClassScores, extra = ''): string =>
  `| ${name} | ${extra}${(s.macroF1 * 100).toFixed(1)} | ${Object.values(s.f1).map((f) => (f * 100).toFixed(1)).join(' | ')} |`;

const fncScores = classScores(fncJudged, fncLabels);
const fncAnchor = classScores(discussAnchor(fncJudged), fncLabels);
console.log(`\nFNC-1 train, ${folds} folds by body (${fnc.length} pairs); labels asserts=agree, denies=disagree, reports=discuss\n`);
console.log('| judge | FNC score % | macro-F1 | F1 agree | F1 disagree | F1 discuss | F1 unrelated |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(row('trees (two stages)', fncScores, `${fncScore(fncJudged).toFixed(2)} | `));
console.log(row('anchor: gold relatedness, all related → discuss', fncAnchor, `${fncScore(discussAnchor(fncJudged)).toFixed(2)} | `));
console.log('\nconfusion (rows gold, columns judged):');
printConfusion(fncJudged, fncLabels);

const emergentScores = classScores(emergentJudged, emergentLabels);
const emergentAnchor = classScores(discussAnchor(emergentJudged), emergentLabels);
console.log(`\nEmergent train, ${folds} folds by claim (${emergent.length} headlines); asserts=for, denies=against, reports=observing\n`);
console.log('| judge | accuracy | macro-F1 | F1 for | F1 against | F1 observing |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(row('trees (two stages)', emergentScores, `${(emergentScores.accuracy * 100).toFixed(1)} | `));
console.log(row('anchor: all observing', emergentAnchor, `${(emergentAnchor.accuracy * 100).toFixed(1)} | `));
console.log(`\nconfusion (rows gold, columns judged); stage one called ${emergentJudged.filter((j) => j.unrelated).length} headlines unrelated:`);
printConfusion(emergentJudged, emergentLabels);

const doubtedBy = (judged: readonly Judged[]): string =>
  fncLabels.map((l) => `${l} ${judged.filter((j) => j.doubted && j.gold === l).length}`).join(', ');
console.log(`\ndoubt rule fired (by gold label): FNC ${doubtedBy(fncJudged)}; Emergent ${doubtedBy(emergentJudged)}`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);

if (outIndex >= 0) {
  const report = { fnc: { score: fncScore(fncJudged), ...fncScores, anchor: { score: fncScore(discussAnchor(fncJudged)), ...fncAnchor } }, emergent: { ...emergentScores, anchor: emergentAnchor } };
  writeFileSync(args[outIndex + 1], `${JSON.stringify(report, null, 2)}\n`);
}
