import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident set size (VmHWM from /proc), polled every 200 ms; 0 where /proc is missing. */
  peakRssMb: number;
  /** Why the runner killed it: over the wall-time limit or the memory ceiling. */
  killedFor?: 'time' | 'memory';
}

export interface ProcessLimits {
  seconds: number;
  /** The process is killed above this, to keep the machine usable; the bound checked is lower. */
  rssCeilingMb: number;
}

/** Runs `node args...` as its own process group, measuring wall time and peak memory, killing it at the limits. */
export function runNode(args: string[], limits: ProcessLimits, cwd = process.cwd()): Promise<ProcessOutcome> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  let peakRssMb = 0;
  let killedFor: ProcessOutcome['killedFor'];
  const kill = (reason: 'time' | 'memory') => {
    killedFor ??= reason;
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const poll = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, highWaterMb(child.pid));
    if (peakRssMb > limits.rssCeilingMb) kill('memory');
  }, 200);
  const timer = setTimeout(() => kill('time'), limits.seconds * 1000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        peakRssMb,
        ...(killedFor ? { killedFor } : {}),
      });
    });
  });
}

/** 'VmHWM:   512000 kB' -> 500. */
function highWaterMb(pid: number | undefined): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
