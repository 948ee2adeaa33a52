import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Runs bin/corroborate.js as a real process, the way a user does; also used by scripts/bench/concurrentWriters.ts. */
const cli = path.resolve('bin/corroborate.js');

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn('node', [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, finished };
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return startCli(args, env).finished;
}

/** Starts `serve --port 0` on a store and resolves once it prints its address. */
export async function startServe(db: string): Promise<{ url: string; child: ChildProcess; finished: Promise<Finished> }> {
  const started = startCli(['serve', '--db', db, '--port', '0']);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    started.child.stdout!.on('data', (chunk) => {
      output += chunk;
      const found = /serving \S+ at (http:\/\/\S+?)\/?(\s|\?)/.exec(output);
      if (found) resolve(found[1]);
    });
    void started.finished.then((end) => reject(new Error(`serve ended before it listened (code ${end.code}): ${end.stderr}`)));
  });
  return { url, ...started };
}

/** Writes `count` distinct articles (one sample, each with its own last line) and returns their paths. */
export async function writeArticles(folder: string, count: number, first = 0): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const base = await readFile('samples/corpus/text/korvath-today-serrin-witnesses.txt', 'utf8');
  const files: string[] = [];
  for (let i = first; i < first + count; i++) {
    const file = path.join(folder, `${String(i).padStart(4, '0')}.txt`);
    await writeFile(file, `${base}\n\nDispatch number ${i}.\n`);
    files.push(file);
  }
  return files;
}
