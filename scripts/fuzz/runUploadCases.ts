import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildCase } from './families.js';
import type { Finding } from './finding.js';
import type { FamilyTally } from './formatFindings.js';
import type { Family } from './fuzzCase.js';

interface Planned {
  family: Family;
  index: number;
}

/**
 * Posts the cases the CLI phase ran to the upload route, through
 * uploadChild.ts; a case that holds the child past 10 s + 5 s per MB (+30 s)
 * is a 'time' finding, and a new child goes on with the cases after it.
 */
export async function runUploadCases(planned: readonly Planned[], seed: number, seconds: number, log: (line: string) => void): Promise<{ findings: Finding[]; tallies: FamilyTally[] }> {
  const findings: Finding[] = [];
  const tallies = new Map<string, FamilyTally>();
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  while (next < planned.length && performance.now() < deadline) {
    const remaining = planned.slice(next);
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/fuzz/uploadChild.ts'), String(seed), ...remaining.map((p) => `${p.family.name}:${p.index}`)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // The app logs each 500 with its stack: kept only to say why a child died.
    let lastError = '';
    child.stderr.on('data', (chunk: Buffer) => {
      lastError = `${lastError}${chunk.toString('utf8')}`.slice(-4000);
    });
    let current: { name: string; family: string; started: number; limit: number } | undefined;
    let stopped: 'overdue' | 'deadline' | undefined;
    const watchdog = setInterval(() => {
      if (stopped) return;
      const overdue = current && performance.now() - current.started > current.limit * 1000;
      if (overdue || performance.now() > deadline) {
        stopped = overdue ? 'overdue' : 'deadline';
        if (overdue && current) findings.push({ family: current.family, case: `http ${current.name}`, property: 'time', detail: `POST /api/ingest held the server over ${current.limit.toFixed(0)} s; killed` });
        try {
          process.kill(-(child.pid as number), 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, 500);
    for await (const line of createInterface({ input: child.stdout })) {
      const event = JSON.parse(line) as { start?: string; done?: string; findings?: Finding[]; seconds?: number };
      if (event.start) {
        const plan = planned[next];
        const megabytes = buildCase(plan.family, seed, plan.index).files.reduce((sum, file) => sum + file.bytes.length, 0) / 1024 / 1024;
        current = { name: event.start, family: plan.family.name, started: performance.now(), limit: 10 + 5 * megabytes + 30 };
      }
      if (event.done && current) {
        const tally = tallies.get(current.family) ?? { family: `http ${current.family}`, cases: 0, failing: 0, seconds: 0 };
        tally.cases++;
        tally.seconds += event.seconds ?? 0;
        if (event.findings?.length) tally.failing++;
        tallies.set(current.family, tally);
        findings.push(...(event.findings ?? []));
        log(`${event.done}  ${(event.seconds ?? 0).toFixed(1)} s${event.findings?.length ? `  ${event.findings.map((f) => f.property).join(',')}` : ''}`);
        current = undefined;
        next++;
      }
    }
    clearInterval(watchdog);
    // The case the child died in (killed or crashed) is counted, and the next child starts after it;
    // one cut short by the end of the run is not.
    if (current && stopped !== 'deadline') {
      const tally = tallies.get(current.family) ?? { family: `http ${current.family}`, cases: 0, failing: 0, seconds: 0 };
      tally.cases++;
      tally.failing++;
      tallies.set(current.family, tally);
      if (!findings.some((f) => f.case === `http ${current?.name}`)) findings.push({ family: current.family, case: `http ${current.name}`, property: 'crash', detail: `the upload process died: ${lastError.trim().split('\n').find((l) => /error/i.test(l)) ?? ''}`.slice(0, 110) });
      log(`${current.name}  killed or died`);
      next++;
    }
  }
  return { findings, tallies: [...tallies.values()] };
}
