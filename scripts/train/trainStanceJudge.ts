/**
 * Trains the stance judge (src/stance/estimateStance.ts) on all of FNC-1
 * train and Emergent train and writes its trees to
 * src/stance/stanceJudgeWeights.json: numbers and our own feature ids only,
 * no word of the data. Deterministic: the same data gives the same file.
 *
 *   npx tsx scripts/train/trainStanceJudge.ts [--out FILE]
 *
 * Data from $CORROBORATE_SHARED (default ../shared). Cross-validated figures:
 * scripts/eval/stanceCv.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultJudgeOptions, featurePairs, fitStanceJudge } from './fitStanceJudge.js';
import { readStancePairs } from './readStancePairs.js';

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : 'src/stance/stanceJudgeWeights.json';

const started = performance.now();
const examples = featurePairs(readStancePairs(join(shared, 'data')));
const featured = performance.now();
const judge = fitStanceJudge(examples, defaultJudgeOptions);
/** Six significant digits are plenty for thresholds and leaf values, and keep the file small. */
const rounded = JSON.stringify(judge, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value));
writeFileSync(out, `${rounded}\n`);
const seconds = (t: number): string => (t / 1000).toFixed(1);
console.log(`${examples.length} pairs: features ${seconds(featured - started)} s, fitting ${seconds(performance.now() - featured)} s; wrote ${out}`);
