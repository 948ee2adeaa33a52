/**
 * The scale benchmark (issue 6): articles per second, peak memory and where
 * the time goes, for the embedded store and for PostgreSQL with 1, 2 and 4
 * worker processes, on a synthetic corpus of N articles.
 *
 *   npm run bench                                  N = 1,000 and 10,000, every setup
 *   npm run bench -- --sizes 1000 --setups embedded,pg2
 *   npm run bench -- --large                       adds N = 100,000 (about an hour per setup)
 *   npm run bench -- --db postgres://host/db       the server (default $DATABASE_URL)
 *   npm run bench -- --stories 4                   several stories of halving sizes (default one)
 *   npm run bench -- --keep-store DIR              keep the embedded store in DIR (for scripts/bench/apiLatency.ts)
 *
 * Each setup runs in its own processes (scripts/bench/benchChild.ts), one
 * setup at a time. For PostgreSQL the corpus is queued first (timed apart),
 * then the workers start together with --drain; articles/s is the stored
 * count over the time from starting the workers to the last one exiting,
 * process start-up included. The curve gives the milliseconds per article
 * in each tenth of the run, to see whether cost grows with the store.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { serverCpuSeconds } from './serverCpu.js';
import { writeSyntheticCorpus } from './syntheticCorpus.js';

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
if (process.argv.includes('--large')) sizes.push(100_000);
const setups = (option('--setups') ?? 'embedded,pg1,pg2,pg4').split(',');
const stories = Number(option('--stories') ?? 1);
const keepStore = option('--keep-store');
const serverUrl = option('--db') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'benchChild.ts');

interface ChildFigures {
  stored: number; duplicates: number; failed: number; failures: string[]; seconds: number;
  timings: Record<string, number>; maxRssMb: number; cpuSeconds: number; marks?: { done: number; seconds: number }[];
}

function runChild(args: string[]): Promise<ChildFigures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`benchChild ${args[0]} exited with ${code}: ${out}`));
      else resolve(JSON.parse(line) as ChildFigures);
    });
  });
}

async function serverQuery<Row>(sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Milliseconds per article in each tenth of the run, from (articles done, seconds) marks. */
function curve(marks: { done: number; seconds: number }[]): string {
  let previous = { done: 0, seconds: 0 };
  const perTenth = marks.map((mark) => {
    const ms = ((mark.seconds - previous.seconds) * 1000) / Math.max(1, mark.done - previous.done);
    previous = mark;
    return ms.toFixed(1);
  });
  return perTenth.join(' ');
}

const load = () => loadavg().slice(0, 1)[0].toFixed(1);

function report(name: string, count: number, stored: number, seconds: number, maxRssMb: string, timings: Record<string, number>, marks: { done: number; seconds: number }[], extra: string, loadBefore: string, cpuSeconds: number) {
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  console.log(`\n## ${name}, N = ${count}${extra}`);
  console.log(`stored ${stored} in ${seconds.toFixed(1)} s: ${(stored / seconds).toFixed(1)} articles/s; peak memory ${maxRssMb} MB; load average ${loadBefore} before, ${load()} after`);
  console.log(`CPU time of the corroborate processes: ${((1000 * cpuSeconds) / Math.max(1, stored)).toFixed(1)} ms per article (process start-up included)`);
  console.log(`ms per article in each tenth: ${curve(marks)}`);
  console.log('where the time goes (ms per article, summed over processes):');
  for (const [step, ms] of Object.entries(timings).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${step.padEnd(22)} ${(ms / Math.max(1, stored)).toFixed(2).padStart(7)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
  }
}

/** Bytes under a folder, every file counted once. */
async function folderBytes(folder: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return bytes;
}

async function embedded(folder: string, count: number) {
  const dbDir = keepStore ? path.join(keepStore, `embedded-${count}`) : await mkdtemp(path.join(tmpdir(), 'corroborate-bench-store-'));
  if (keepStore) await mkdir(dbDir, { recursive: true });
  const loadBefore = load();
  try {
    const result = await runChild(['embedded', folder, dbDir, String(count)]);
    if (result.failed) console.log(`  failures (first three): ${result.failures.join(' | ')}`);
    const size = `; store on disk ${((await folderBytes(dbDir)) / 2 ** 20).toFixed(0)} MB${keepStore ? ` (kept in ${dbDir})` : ''}`;
    report('embedded store (PGlite), 1 process', count, result.stored, result.seconds, String(result.maxRssMb), result.timings, result.marks ?? [], size, loadBefore, result.cpuSeconds);
  } finally {
    if (!keepStore) await rm(dbDir, { recursive: true, force: true });
  }
}

async function postgres(folder: string, count: number, workers: number) {
  const schema = `corroborate_bench_${randomBytes(3).toString('hex')}`;
  const url = `${serverUrl}${serverUrl.includes('?') ? '&' : '?'}schema=${schema}`;
  const loadBefore = load();
  try {
    const queued = (await runChild(['enqueue', folder, url])) as unknown as { queued: number; seconds: number };
    const serverCpuBefore = serverCpuSeconds();
    const started = performance.now();
    const running = Array.from({ length: workers }, () => runChild(['worker', url]));
    // Sample the stored count once a second for the curve; the workers' own clocks are not comparable.
    const marks: { done: number; seconds: number }[] = [];
    const tenth = Math.max(1, Math.floor(count / 10));
    let finished = false;
    void Promise.allSettled(running).then(() => (finished = true));
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const [{ n }] = await serverQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.articles`).catch(() => [{ n: 0 }]);
      while (marks.length < 10 && n >= tenth * (marks.length + 1)) marks.push({ done: tenth * (marks.length + 1), seconds: (performance.now() - started) / 1000 });
    }
    const results = await Promise.all(running);
    const seconds = (performance.now() - started) / 1000;
    const serverCpuAfter = serverCpuSeconds();
    const timings: Record<string, number> = {};
    for (const result of results) for (const [step, ms] of Object.entries(result.timings)) timings[step] = (timings[step] ?? 0) + ms;
    const stored = results.reduce((sum, result) => sum + result.stored, 0);
    const skipped = results.reduce((sum, result) => sum + result.duplicates, 0);
    const [{ rows }] = await serverQuery<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${schema}.articles`);
    const split = results.map((result) => result.stored).join(' + ');
    report(`PostgreSQL, ${workers} worker process${workers > 1 ? 'es' : ''}`, count, stored, seconds, results.map((r) => r.maxRssMb).join(' / '), timings, marks,
      `\nqueued in ${queued.seconds.toFixed(1)} s; stored per worker ${split}; ${skipped} skipped; ${rows} rows in the store`, loadBefore,
      results.reduce((sum, result) => sum + result.cpuSeconds, 0));
    // Scaling out: what one article costs each worker and the server, so N worker machines' throughput can be read off.
    const perWorker = results.map((result) => `${((1000 * result.cpuSeconds) / Math.max(1, result.stored)).toFixed(1)}`).join(' / ');
    const server = serverCpuBefore !== null && serverCpuAfter !== null ? (1000 * (serverCpuAfter - serverCpuBefore)) / Math.max(1, stored) : null;
    const workerAll = (1000 * results.reduce((sum, result) => sum + result.cpuSeconds, 0)) / Math.max(1, stored);
    console.log(`CPU ms per article: in each worker ${perWorker} (of the articles it stored); in the PostgreSQL server ${server === null ? 'not measured (not on this machine)' : `${server.toFixed(1)} (${((100 * server) / workerAll).toFixed(0)} % of the workers' ${workerAll.toFixed(1)})`}`);
  } finally {
    await serverQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  }
}

console.log(`# corroborate scale benchmark, ${new Date().toISOString()}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);
for (const count of sizes) {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-'));
  try {
    const started = performance.now();
    const bytes = await writeSyntheticCorpus(folder, count, undefined, stories);
    console.log(`\ncorpus: ${count} articles${stories > 1 ? ` in ${stories} stories` : ''}, ${(bytes / 2 ** 20).toFixed(1)} MB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const setup of setups) {
      if (setup === 'embedded') await embedded(folder, count);
      else if (/^pg\d+$/.test(setup)) await postgres(folder, count, Number(setup.slice(2)));
      else throw new Error(`unknown setup "${setup}"; expected embedded, pg1, pg2, pg4 ...`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
