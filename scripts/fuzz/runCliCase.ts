import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkCliOutcome, type Bounds } from './checkCliOutcome.js';
import type { Finding } from './finding.js';
import type { FuzzCase } from './fuzzCase.js';
import { runNode, type ProcessOutcome } from './runProcess.js';
import { readFingerprint, type StoreFingerprint } from './storeFingerprint.js';
import { writeCase } from './writeCase.js';

export const cliPath = path.resolve('bin/corroborate.js');

/** The embedded store every case starts from: the sample corpus, stored once per run, copied per case. */
export interface BaseStore {
  dir: string;
  fingerprint: StoreFingerprint;
}

export interface CaseLimits {
  /** Seconds and resident megabytes allowed for an input of `megabytes` MB. */
  boundsFor(megabytes: number): Bounds;
  /** Extra seconds past the bound before the process is killed, to see how far over it goes. */
  graceSeconds: number;
  rssCeilingMb: number;
}

export interface CliCaseResult {
  fuzzCase: FuzzCase;
  analyze: ProcessOutcome;
  findings: Finding[];
}

export async function storeBase(folder: string, inputs = ['samples/corpus', '--manifest', 'samples/corpus/manifest.csv']): Promise<BaseStore> {
  const dir = path.join(folder, 'base-store');
  const outcome = await runNode([cliPath, 'analyze', ...inputs, '--db', dir, '--quiet'], { seconds: 600, rssCeilingMb: 8192 });
  const fingerprint = await readFingerprint(dir);
  if (outcome.code !== 0 || fingerprint instanceof Error || fingerprint.size === 0) {
    throw new Error(`could not store the sample corpus for the fuzz run (exit ${outcome.code}): ${outcome.stderr}${fingerprint instanceof Error ? fingerprint.message : ''}`);
  }
  return { dir, fingerprint };
}

/**
 * One case through the real CLI: a copy of the base store, the case's files
 * in a folder, `analyze` on it with limits, then the store read back and,
 * when the case stored anything, `story --json` and `claims` run on it.
 */
export async function runCliCase(fuzzCase: FuzzCase, base: BaseStore, folder: string, limits: CaseLimits): Promise<CliCaseResult> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const storeDir = path.join(folder, 'store');
  await cp(base.dir, storeDir, { recursive: true });
  const written = await writeCase(fuzzCase, folder);
  const bounds = limits.boundsFor(written.bytes / 1024 / 1024);
  const args = [cliPath, 'analyze', written.inputDir, ...(written.manifestPath ? ['--manifest', written.manifestPath] : []), '--db', storeDir, '--quiet'];
  const analyze = await runNode(args, { seconds: bounds.seconds + limits.graceSeconds, rssCeilingMb: limits.rssCeilingMb });
  const after = await readFingerprint(storeDir);
  const readers: { command: string; outcome: ProcessOutcome }[] = [];
  const storedSomething = !(after instanceof Error) && [...after.keys()].some((id) => !base.fingerprint.has(id));
  if (storedSomething) {
    for (const command of [['story', '--json'], ['claims']]) {
      readers.push({ command: command.join(' '), outcome: await runNode([cliPath, ...command, '--db', storeDir], { seconds: 120, rssCeilingMb: limits.rssCeilingMb }) });
    }
  }
  const findings = checkCliOutcome({ fuzzCase, analyze, bounds, before: base.fingerprint, after, readers });
  return { fuzzCase, analyze, findings };
}
