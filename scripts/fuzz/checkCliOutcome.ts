import { cell, internalErrorPattern, rawControlPattern, stackFramePattern, type Finding, type Property } from './finding.js';
import type { FuzzCase } from './fuzzCase.js';
import type { ProcessOutcome } from './runProcess.js';
import { changedArticles, type StoreFingerprint } from './storeFingerprint.js';

export interface Bounds {
  seconds: number;
  rssMb: number;
}

export interface CliObservation {
  fuzzCase: FuzzCase;
  analyze: ProcessOutcome;
  bounds: Bounds;
  before: StoreFingerprint;
  after: StoreFingerprint | Error;
  /** `story --json` and `claims`, run when the case stored something. */
  readers: { command: string; outcome: ProcessOutcome }[];
}

/** 'stored 2, skipped 0 already stored, failed 1 (0.4 s)' */
const summaryPattern = /^stored (\d+), skipped (\d+) already stored, failed (\d+)/m;

/** The properties of one `analyze` run over one case, as findings (none when all hold). */
export function checkCliOutcome(observation: CliObservation): Finding[] {
  const { fuzzCase, analyze, bounds, before, after } = observation;
  const findings: Finding[] = [];
  const add = (property: Property, detail: string) => findings.push({ family: fuzzCase.name.split('/')[0], case: fuzzCase.name, property, detail: cell(detail) });
  const stderr = analyze.stderr;
  const lastLine = (text: string) => text.trim().split('\n').filter((line) => line.trim()).slice(-1)[0] ?? '';

  if (analyze.killedFor === 'time') add('time', `killed after ${analyze.seconds.toFixed(0)} s (bound ${bounds.seconds.toFixed(0)} s for ${megabytes(fuzzCase)} MB)`);
  else if (analyze.killedFor === 'memory') add('memory', `killed at ${analyze.peakRssMb.toFixed(0)} MB resident`);
  else if (analyze.signal) add('crash', `killed by ${analyze.signal}: ${lastLine(stderr)}`);
  else if (analyze.code !== 0 && analyze.code !== 1 && !(analyze.code === 2 && fuzzCase.manifest && /manifest/i.test(stderr))) {
    add('crash', `exit code ${analyze.code}: ${lastLine(stderr)}`);
  }
  if (stackFramePattern.test(stderr)) add('crash', `stack trace on stderr: ${firstErrorLine(stderr)}`);

  const summary = summaryPattern.exec(stderr);
  const finished = !analyze.killedFor && !analyze.signal;
  if (finished && !summary && analyze.code !== 2) add('summary', `no summary line; stderr ends "${lastLine(stderr)}"`);
  if (summary) {
    const [stored, skipped, failed] = summary.slice(1).map(Number);
    if (failed > 0 && analyze.code !== 1) add('summary', `exit code ${analyze.code} with ${failed} failed`);
    if (failed === 0 && analyze.code !== 0) add('summary', `exit code ${analyze.code} with nothing failed`);
    if (stored + skipped + failed < fuzzCase.expectedItems) add('unnamed', `${stored + skipped + failed} of ${fuzzCase.expectedItems} items accounted for (${summary[0]})`);
  }

  const newSources = after instanceof Error ? [] : [...after].filter(([id]) => !before.has(id)).map(([, row]) => row.source);
  if (finished) {
    for (const file of fuzzCase.files) {
      const token = tokenOf(file.path, fuzzCase.token);
      if (!stderr.includes(token) && !newSources.some((source) => source.includes(token))) add('unnamed', `${JSON.stringify(file.path)} neither stored nor named in the summary`);
    }
  }
  for (const line of stderr.split('\n').filter((l) => /^\s+failed: /.test(l) && internalErrorPattern.test(l))) add('internal', line.trim());
  if (rawControlPattern.test(stderr.replace(/\r?\n/g, '\n'))) add('terminal', `raw control characters in the output: ${JSON.stringify(stderr.match(/.*[\u0000-\u0008\u000b-\u001f\u007f].*/)?.[0] ?? '').slice(0, 80)}`);

  if (!analyze.killedFor && analyze.seconds > bounds.seconds) add('time', `${analyze.seconds.toFixed(1)} s, bound ${bounds.seconds.toFixed(0)} s for ${megabytes(fuzzCase)} MB`);
  if (analyze.killedFor !== 'memory' && analyze.peakRssMb > bounds.rssMb) add('memory', `peak ${analyze.peakRssMb.toFixed(0)} MB, bound ${bounds.rssMb.toFixed(0)} MB for ${megabytes(fuzzCase)} MB`);

  if (after instanceof Error) add('store', `the store no longer opens: ${after.message}`);
  else {
    const changed = changedArticles(before, after);
    if (changed.length) add('store', `${changed.length} articles stored before changed: ${changed.slice(0, 3).join(', ')}`);
  }
  for (const { command, outcome } of observation.readers) {
    if (outcome.code !== 0 || outcome.signal || outcome.killedFor) {
      add('readers', `${command}: ${outcome.killedFor ? `killed for ${outcome.killedFor}` : `exit ${outcome.code ?? outcome.signal}`}: ${firstErrorLine(outcome.stderr) || lastLine(outcome.stderr)}`);
    }
  }
  return findings;
}

/** Which token names a file: hostile-name kinds with three files use token0, token1, ... */
function tokenOf(filePath: string, token: string): string {
  const match = new RegExp(`${token}\\d?`).exec(filePath);
  return match ? match[0] : token;
}

function megabytes(fuzzCase: FuzzCase): string {
  const bytes = fuzzCase.files.reduce((sum, file) => sum + file.bytes.length, 0);
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The line of an uncaught error or stack trace that says what it was: "RangeError: Maximum call stack size exceeded". */
function firstErrorLine(stderr: string): string {
  return stderr.split('\n').find((line) => /^\w*(Error|Exception)\b|error:/i.test(line.trim()))?.trim() ?? '';
}
