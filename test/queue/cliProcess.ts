import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { beforeEach } from 'vitest';

const cli = path.resolve('bin/corroborate.js');

export interface CliRun {
  child: ChildProcess;
  exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** What the process has written so far. */
  output(): { stdout: string; stderr: string };
  kill(signal: NodeJS.Signals): void;
}

const running = new Set<ChildProcess>();
let runsOfThisTest: { args: string[]; output: () => { stdout: string; stderr: string } }[] = [];

/**
 * Every process a test started prints its arguments, stdout and stderr when
 * the test fails (a worker that exited 1 says why only there), and none
 * outlives its test: call once at the top of a test file.
 */
export function reportAndStopCliRuns(): void {
  beforeEach((context) => {
    runsOfThisTest = [];
    context.onTestFailed(() => {
      for (const run of runsOfThisTest) {
        const { stdout, stderr } = run.output();
        console.error(`--- corroborate ${run.args.join(' ')}\n--- stdout:\n${stdout}\n--- stderr:\n${stderr}`);
      }
    });
    context.onTestFinished(() => {
      for (const child of running) child.kill('SIGKILL');
    });
  });
}

/** The real CLI in a child process. */
export function startCli(args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn('node', [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
  const output = () => ({ stdout, stderr });
  runsOfThisTest.push({ args, output });
  return { child, exit, output, kill: (signal) => child.kill(signal) };
}
