import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase, familyNamed } from '../../scripts/fuzz/families.js';
import type { Finding } from '../../scripts/fuzz/finding.js';
import { openUploadTarget, type UploadTarget } from '../../scripts/fuzz/openUploadTarget.js';
import { postCase } from '../../scripts/fuzz/postCase.js';
import { runCliCase, type BaseStore } from '../../scripts/fuzz/runCliCase.js';
import { sampleCases } from '../../scripts/fuzz/sampleCases.js';
import { fingerprintOf } from '../../scripts/fuzz/storeFingerprint.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';

/**
 * The cases of this sample that fail on today's code, with the finding each
 * shows. They run as `it.fails`: when a fix makes one pass, its test fails
 * with "Expect test to fail", and the line goes from this list.
 * ('http ' cases go through POST /api/ingest, 'cli ' cases through `corroborate analyze`.)
 */
const knownFailures: { case: string; finding: string }[] = [];

/**
 * A small fixed sample of `npm run fuzz` (docs/fuzz.md): the two smallest
 * cases of each family (up to 200 kB: the huge lines are left to the full
 * run) and four chosen for what the issue reported (a NUL after 64 kB, NUL
 * and lone surrogates in JSONL fields, a 1 MB outlet) through the upload
 * route in process; and a file whose name clears the screen through the
 * real command, for the properties only a process shows (exit code, stack
 * trace, summary, what reaches the terminal). Time and memory bounds are the full
 * run's business, not a test's.
 */
const seed = 10;
const chosen = (family: string, index: number) => buildCase(familyNamed(family), seed, index);
const uploadSample = [
  ...sampleCases(seed, 2, 200_000),
  chosen('binaryFiles', 0),
  chosen('hostileJsonl', 1),
  chosen('hostileJsonl', 6),
  chosen('hostileJsonl', 7),
];
const cliSample = uploadSample.filter((fuzzCase) => fuzzCase.name.startsWith('hostileFileNames/failing-ansi-clear-screen'));

const described = (findings: Finding[]) => findings.map((finding) => `${finding.property}: ${finding.detail}`);

function sampleTest(name: string, run: () => Promise<Finding[]>) {
  const known = knownFailures.find((failure) => failure.case === name);
  (known ? it.fails : it)(
    known ? `${name} (known: ${known.finding})` : name,
    async () => {
      expect(described(await run())).toEqual([]);
    },
    180_000,
  );
}

describe('fuzz sample through POST /api/ingest', () => {
  let target: UploadTarget;
  beforeAll(async () => {
    target = await openUploadTarget(['samples/corpus/text/northwind-highly-likely.txt'], undefined);
  });
  afterAll(async () => {
    await target.db.close();
  });

  for (const fuzzCase of uploadSample) {
    sampleTest(`http ${fuzzCase.name}`, async () => {
      const findings = await postCase(target.app, target.db, fuzzCase, target.before);
      // A poisoned store would fail the cases after this one for its sake.
      if (findings.some((finding) => finding.property === 'readers' || finding.property === 'store')) {
        await target.db.close();
        target = await openUploadTarget(['samples/corpus/text/northwind-highly-likely.txt'], undefined);
      }
      return findings;
    });
  }
});

describe('fuzz sample through corroborate analyze', () => {
  let folder: string;
  let base: BaseStore;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-fuzz-sample-'));
    // Stored in process, which saves a CLI start-up (seconds on a loaded machine); the case itself runs the real command.
    const dir = path.join(folder, 'base-store');
    const db = await openStore(dir);
    await analyzeSources(db, { paths: ['samples/corpus/text/northwind-highly-likely.txt'] });
    base = { dir, fingerprint: await fingerprintOf(db) };
    await db.close();
  }, 180_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const generous = { boundsFor: () => ({ seconds: 600, rssMb: 1e6 }), graceSeconds: 0, rssCeilingMb: 8192 };
  for (const fuzzCase of cliSample) {
    sampleTest(`cli ${fuzzCase.name}`, async () => (await runCliCase(fuzzCase, base, path.join(folder, 'case'), generous)).findings);
  }
});
