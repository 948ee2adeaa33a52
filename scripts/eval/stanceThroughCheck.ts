/**
 * The stance judge measured through `corroborate check`, exactly as the
 * held-out FNC-1 and Emergent test sets will be run: one cross-validation
 * fold's FNC-1 bodies (and, in a store of their own, its Emergent
 * headlines, each a headline-only article) are stored with `analyze`, and
 * each of its claims (FNC-1 headlines, Emergent claims) is checked with
 * `check --claims FILE --json`. The judge is trained on the other folds
 * (scripts/train/fitStanceJudge.ts) and handed to the CLI through
 * CORROBORATE_STANCE_WEIGHTS. A pair scores the stance `check` gives the
 * article (asserts = agree / for, denies = disagree / against, reports or
 * doubts = discuss / observing); an article `check` leaves out is
 * 'unrelated'. Beside it, the judge on the same pairs directly.
 *
 *   npx tsx scripts/eval/stanceThroughCheck.ts [DATA] [--fold 1] [--max-claims N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CheckReport } from '../../src/model/checkRecord.js';
import { estimateStanceWith } from '../../src/stance/estimateStance.js';
import { defaultJudgeOptions, featurePairs, fitStanceJudge, type FeaturedPair } from '../train/fitStanceJudge.js';
import { readStancePairs, type PairLabel } from '../train/readStancePairs.js';
import { assignFolds, classScores, fncScore, printConfusion, type Judgement } from './stanceScores.js';

const folds = 5;
const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const data = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(shared, 'data');
const fold = option('--fold', 1) - 1;
const maxClaims = option('--max-claims', Infinity);
const cli = path.resolve('bin/corroborate.js');

const asLabel = (stance: string | undefined): PairLabel => (stance === undefined ? 'unrelated' : stance === 'asserts' ? 'asserts' : stance === 'denies' ? 'denies' : 'reports');

function run(argv: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [cli, ...argv], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`corroborate ${argv[0]} exited with ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return result.stdout;
}

const examples = featurePairs(readStancePairs(data));
const fnc = examples.filter((e) => e.pair.source === 'fnc');
const emergent = examples.filter((e) => e.pair.source === 'emergent');
const fncFold = assignFolds(fnc.map((e) => e.pair.group), folds, 13);
const emergentFold = assignFolds(emergent.map((e) => e.pair.group), folds, 17);
const train = [...fnc.filter((_, i) => fncFold[i] !== fold), ...emergent.filter((_, i) => emergentFold[i] !== fold)];
const judge = fitStanceJudge(train, defaultJudgeOptions);
const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-stance-check-'));
const weights = path.join(dir, 'weights.json');
writeFileSync(weights, JSON.stringify(judge));
const env = { CORROBORATE_STANCE_WEIGHTS: weights };

/** Stores `articles` (JSONL lines) in a fresh store, checks `claims`, returns the report; the ids tie both back to the pairs. */
function throughCheck(name: string, articles: object[], claims: { claim: string; id: string }[]): CheckReport {
  const store = path.join(dir, `${name}-db`);
  writeFileSync(path.join(dir, `${name}.jsonl`), articles.map((a) => JSON.stringify(a)).join('\n'));
  writeFileSync(path.join(dir, `${name}-claims.jsonl`), claims.map((c) => JSON.stringify(c)).join('\n'));
  run(['analyze', path.join(dir, `${name}.jsonl`), '--db', store], env);
  const started = performance.now();
  const report = JSON.parse(run(['check', '--claims', path.join(dir, `${name}-claims.jsonl`), '--db', store, '--json'], env)) as CheckReport;
  console.log(`${name}: ${articles.length} articles, ${claims.length} claims checked in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return report;
}

function direct(pairs: FeaturedPair[], knownRelated: boolean): Judgement[] {
  return pairs.map((e) => {
    const estimate = estimateStanceWith(judge, e.claim, e.text);
    const p = estimate.probabilities;
    const stance = (['asserts', 'denies', 'reports'] as const).reduce((a, b) => (p[b] > p[a] ? b : a));
    return { gold: e.pair.label, predicted: estimate.related < 0.5 && !knownRelated ? 'unrelated' : stance };
  });
}

const percent = (x: number) => (100 * x).toFixed(1);
try {
  // FNC-1: each body of the fold an article named by its id, each headline a claim.
  const fncTest = fnc.filter((_, i) => fncFold[i] === fold);
  const headlines = [...new Set(fncTest.map((e) => e.pair.claim))].slice(0, maxClaims);
  const headlineId = new Map(headlines.map((h, i) => [h, `h${i}`]));
  const fncPairs = fncTest.filter((e) => headlineId.has(e.pair.claim));
  const bodies = new Map(fncPairs.map((e) => [e.pair.group, e.pair.text]));
  const fncReport = throughCheck('fnc', [...bodies].map(([group, text]) => ({ text, outlet: group })), headlines.map((claim) => ({ claim, id: headlineId.get(claim)! })));
  const fncStance = new Map(fncReport.checks.flatMap((check) => check.articles.map((a) => [`${check.id}|${a.article.outlet}`, a.stance] as const)));
  const fncJudged = fncPairs.map((e) => ({ gold: e.pair.label, predicted: asLabel(fncStance.get(`${headlineId.get(e.pair.claim)}|${e.pair.group}`)) }));
  const fncLabels: PairLabel[] = ['asserts', 'denies', 'reports', 'unrelated'];
  for (const [name, judged] of [['through check', fncJudged], ['judge alone', direct(fncPairs, false)]] as const) {
    const scores = classScores(judged, fncLabels);
    console.log(`\nFNC-1 fold ${fold + 1} (${judged.length} pairs), ${name}: FNC score ${fncScore(judged).toFixed(1)}, macro-F1 ${scores.macroF1.toFixed(3)}, per class ${fncLabels.map((l) => `${l} ${scores.f1[l].toFixed(2)}`).join(', ')}`);
    printConfusion(judged, fncLabels);
  }

  // Emergent: each headline of the fold a headline-only article, each claim checked; every headline is about its claim.
  const emergentTest = emergent.filter((_, i) => emergentFold[i] === fold);
  const claims = [...new Set(emergentTest.map((e) => e.pair.claim))].slice(0, maxClaims);
  const claimId = new Map(claims.map((c, i) => [c, `c${i}`]));
  const emergentPairs = emergentTest.filter((e) => claimId.has(e.pair.claim));
  const titles = [...new Set(emergentPairs.map((e) => e.pair.text))];
  const emergentReport = throughCheck('emergent', titles.map((title, i) => ({ title, outlet: `headline-${i}` })), claims.map((claim) => ({ claim, id: claimId.get(claim)! })));
  const emergentStance = new Map(emergentReport.checks.flatMap((check) => check.articles.map((a) => [`${check.id}|${a.article.title}`, a.stance] as const)));
  const emergentJudged = emergentPairs.map((e) => ({ gold: e.pair.label, predicted: asLabel(emergentStance.get(`${claimId.get(e.pair.claim)}|${e.pair.text}`)) }));
  const emergentLabels: PairLabel[] = ['asserts', 'denies', 'reports'];
  for (const [name, judged] of [['through check', emergentJudged], ['judge alone', direct(emergentPairs, true)]] as const) {
    const scores = classScores(judged, emergentLabels);
    const missed = judged.filter((j) => j.predicted === 'unrelated').length;
    console.log(`\nEmergent fold ${fold + 1} (${judged.length} headlines), ${name}: accuracy ${percent(scores.accuracy)}, macro-F1 ${scores.macroF1.toFixed(3)}${missed ? `; ${missed} headlines not listed as bearing on their claim` : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
