import { spawn, type ChildProcess } from 'node:child_process';

/** The CLI entry the tests run; CORROBORATE_CLI points them at another build of it. */
const cli = process.env.CORROBORATE_CLI ?? 'src/cli/main.ts';

/** Runs the corroborate CLI to the end; rejects with its output when it fails. */
export function runCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`corroborate ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `corroborate serve` over a store, as a child process, on a port it picks itself (`--port 0`, read from
 * the line it prints: a port probed free here could be taken by another test file before serve binds it);
 * resolves once the API answers.
 */
export async function startServer(db: string): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let url = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`corroborate serve exited ${child.exitCode}:\n${output}`);
    url ||= /serving \S+ at (http:\/\/[^\s/?]+)/.exec(output)?.[1] ?? '';
    const answer = url ? await fetch(`${url}/api/story`).catch(() => null) : null;
    if (answer?.ok) return { url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`corroborate serve did not answer at ${url} within a minute:\n${output}`);
}
