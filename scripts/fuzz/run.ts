import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCase, familyNamed, families } from './families.js';
import type { Finding } from './finding.js';
import { formatFindings, type FamilyTally } from './formatFindings.js';
import type { Family } from './fuzzCase.js';
import { runCliCase, storeBase, type CaseLimits } from './runCliCase.js';
import { runUploadCases } from './runUploadCases.js';

/**
 * `npm run fuzz -- [--seed N] [--seconds S] [--family F]...`: generates cases
 * family by family in turn until the time is spent, runs each through the
 * real CLI against a copy of a store holding the sample corpus, then posts
 * the same cases to the HTTP upload route, and prints the findings table.
 * Exits 1 when any property failed.
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '600' },
    family: { type: 'string', multiple: true },
    'upload-share': { type: 'string', default: '0.25' },
    keep: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const totalSeconds = Number(values.seconds);
const chosen: readonly Family[] = values.family?.length ? values.family.flatMap((names) => names.split(',')).map(familyNamed) : families;
const uploadShare = Number(values['upload-share']);

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const work = await mkdtemp(path.join(tmpdir(), 'corroborate-fuzz-'));
process.stderr.write(`fuzz: seed ${seed}, ${totalSeconds} s, families ${chosen.map((f) => f.name).join(', ')}; working in ${work}\n`);

const base = await storeBase(work);
const control = await runCliCase(
  { name: 'control/good-article', token: 'control', files: [{ path: 'control.txt', bytes: new Uint8Array(Buffer.from('Ministry says commander killed\n\nThe Defence Ministry said on Thursday that the commander was killed (control).\n')) }], expectedItems: 1 },
  base,
  path.join(work, 'control'),
  { boundsFor: () => ({ seconds: 600, rssMb: 1e6 }), graceSeconds: 0, rssCeilingMb: 8192 },
);
if (control.findings.length) throw new Error(`the control case failed, so the harness cannot judge others: ${JSON.stringify(control.findings)}`);
// Bounds over what a one-article run costs on this machine now (tsx and PGlite start-up dominate it): 10 s + 5 s per MB, 512 MB + 40 MB per MB.
const limits: CaseLimits = {
  boundsFor: (megabytes) => ({ seconds: control.analyze.seconds * 1.5 + 10 + 5 * megabytes, rssMb: control.analyze.peakRssMb + 512 + 40 * megabytes }),
  graceSeconds: 30,
  rssCeilingMb: 4096,
};
process.stderr.write(`fuzz: control run ${control.analyze.seconds.toFixed(1)} s, ${control.analyze.peakRssMb.toFixed(0)} MB; sample corpus stored in ${elapsed().toFixed(0)} s\n`);

const findings: Finding[] = [];
const tallies = new Map<string, FamilyTally>(chosen.map((family) => [family.name, { family: family.name, cases: 0, failing: 0, seconds: 0 }]));
const cliDeadline = totalSeconds * (1 - uploadShare);
const ran: { family: Family; index: number }[] = [];
for (let index = 0; elapsed() < cliDeadline; index++) {
  for (const family of chosen) {
    if (elapsed() >= cliDeadline) break;
    const fuzzCase = buildCase(family, seed, index);
    const result = await runCliCase(fuzzCase, base, path.join(work, 'case'), limits);
    ran.push({ family, index });
    const tally = tallies.get(family.name) as FamilyTally;
    tally.cases++;
    tally.seconds += result.analyze.seconds;
    if (result.findings.length) tally.failing++;
    findings.push(...result.findings);
    process.stderr.write(
      `fuzz: cli ${fuzzCase.name}  ${result.analyze.seconds.toFixed(1)} s ${result.analyze.peakRssMb.toFixed(0)} MB exit ${result.analyze.code ?? result.analyze.signal}` +
        `${result.findings.length ? `  ${result.findings.map((f) => f.property).join(',')}` : ''}\n`,
    );
  }
}

const uploadSeconds = Math.max(30, totalSeconds - elapsed());
const upload = await runUploadCases(ran, seed, uploadSeconds, (line) => process.stderr.write(`fuzz: http ${line}\n`));
findings.push(...upload.findings);
for (const tally of upload.tallies) tallies.set(`http ${tally.family}`, tally);

process.stdout.write(formatFindings(findings, [...tallies.values()]));
const cases = [...tallies.values()].reduce((sum, tally) => sum + tally.cases, 0);
process.stdout.write(`\nfuzz: ${cases} cases (seed ${seed}) in ${elapsed().toFixed(0)} s: ${findings.length} findings in ${new Set(findings.map((f) => f.case)).size} cases\n`);
if (!values.keep) await rm(work, { recursive: true, force: true });
process.exitCode = findings.length ? 1 : 0;
