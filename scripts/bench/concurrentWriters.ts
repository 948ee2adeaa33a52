/**
 * Several processes on one embedded store, the trials of issue 10: two
 * `analyze` runs with overlapping batches, and `analyze` while `serve` holds
 * the store. Each trial starts from a fresh copy of a prepared store with a
 * few seed articles, and checks afterwards that every article is stored
 * exactly once, the seeds are still there and REINDEX works. Prints a table
 * of how each process ended: stored (exit 0), refused with a message (exit
 * 2), or anything else. `--kill` runs a third scenario instead: `serve` killed
 * with SIGKILL while an `analyze` goes through it, then the same `analyze`
 * run again.
 *
 *   npx tsx scripts/bench/concurrentWriters.ts [trials=20] [--kill]
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { runCli, startCli, startServe, writeArticles, type Finished } from '../../test/cli/spawnCli.js';

const trials = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 20);
const seeds = 2;
const batch = 8;

interface Trial {
  processes: Finished[];
  lost: number;
  duplicates: number;
  reindexFailed: boolean;
  apiFailures: number;
  seconds: number;
}

const work = await mkdtemp(path.join(tmpdir(), 'corroborate-writers-bench-'));
const template = path.join(work, 'template');
const seedFiles = await writeArticles(path.join(work, 'seeds'), seeds, 1000);
const files = await writeArticles(path.join(work, 'in'), batch);
const templateStore = await openStore(template);
await analyzeSources(templateStore, { paths: seedFiles });
await templateStore.close();

async function check(db: string, expected: number): Promise<Pick<Trial, 'lost' | 'duplicates' | 'reindexFailed'>> {
  const store = await openStore(db);
  try {
    const [{ total, distinct, seedsLeft }] = await store.query<{ total: number; distinct: number; seedsLeft: number }>(
      `SELECT count(*)::int AS total, count(DISTINCT content_hash)::int AS distinct,
              count(*) FILTER (WHERE source = ANY($1))::int AS "seedsLeft" FROM articles`,
      [seedFiles],
    );
    const reindexFailed = await store.exec('REINDEX TABLE articles').then(() => false, () => true);
    return { lost: expected - distinct + (seeds - seedsLeft), duplicates: total - distinct, reindexFailed };
  } finally {
    await store.close();
  }
}

async function twoAnalyzeRuns(db: string): Promise<Trial> {
  const started = performance.now();
  const processes = await Promise.all([
    runCli(['analyze', ...files.slice(0, 6), '--db', db, '--quiet']),
    runCli(['analyze', ...files.slice(2), '--db', db, '--quiet']),
  ]);
  return { processes, apiFailures: 0, ...(await check(db, seeds + batch)), seconds: (performance.now() - started) / 1000 };
}

async function analyzeWhileServing(db: string): Promise<Trial> {
  const started = performance.now();
  const serve = await startServe(db);
  let apiFailures = 0;
  const probe = async () => {
    const response = await fetch(`${serve.url}/api/articles`).catch(() => undefined);
    if (response?.status !== 200) apiFailures++;
    return response ? ((await response.json()) as { total: number }).total : 0;
  };
  await probe();
  const analyzed = await runCli(['analyze', ...files, '--db', db, '--quiet']);
  if ((await probe()) !== seeds + batch) apiFailures++;
  serve.child.kill('SIGTERM');
  const served = await serve.finished;
  return { processes: [analyzed, served], apiFailures, ...(await check(db, seeds + batch)), seconds: (performance.now() - started) / 1000 };
}

/** The first analyze's end (stored on its own after the kill, or refused naming the step) and the re-run's. */
async function holderKilled(db: string): Promise<Trial> {
  const started = performance.now();
  const serve = await startServe(db);
  const analyzing = startCli(['analyze', ...files, '--db', db, '--quiet']);
  await new Promise<void>((resolve) => {
    analyzing.child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('going through it')) resolve();
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1500));
  serve.child.kill('SIGKILL');
  const first = await analyzing.finished;
  const again = await runCli(['analyze', ...files, '--db', db, '--quiet']);
  return { processes: [first, again], apiFailures: 0, ...(await check(db, seeds + batch)), seconds: (performance.now() - started) / 1000 };
}

function outcome(process: Finished): 'stored' | 'refused' | 'other' {
  if (process.code === 0) return 'stored';
  if (process.code === 2 && /^corroborate: .*store/m.test(process.stderr)) return 'refused';
  return 'other';
}

const rows: string[] = [];
const scenarios: [string, (db: string) => Promise<Trial>][] = process.argv.includes('--kill')
  ? [['`serve` killed (SIGKILL) while `analyze` goes through it, then `analyze` again', holderKilled]]
  : [
      ['two `analyze` runs, overlapping batches', twoAnalyzeRuns],
      ['`analyze` while `serve` holds the store', analyzeWhileServing],
    ];
for (const [name, run] of scenarios) {
  const results: Trial[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const db = path.join(work, `trial-${trial}`);
    await cp(template, db, { recursive: true });
    const result = await run(db);
    results.push(result);
    const ends = result.processes.map(outcome);
    process.stderr.write(`${name} #${trial + 1}: ${ends.join(', ')}; lost ${result.lost}, duplicates ${result.duplicates} (${result.seconds.toFixed(1)} s)\n`);
    for (const [index, end] of ends.entries()) if (end !== 'stored') process.stderr.write(`  ${result.processes[index].stderr.trim()}\n`);
    await rm(db, { recursive: true, force: true });
  }
  const ends = results.flatMap((result) => result.processes.map(outcome));
  const count = (what: string) => ends.filter((end) => end === what).length;
  const sum = (pick: (result: Trial) => number) => results.reduce((total, result) => total + pick(result), 0);
  const seconds = results.map((result) => result.seconds).sort((a, b) => a - b);
  rows.push(
    `| ${name} | ${trials} | ${count('stored')} | ${count('refused')} | ${count('other')} | ${sum((r) => r.lost)} | ${sum((r) => r.duplicates)} | ` +
      `${sum((r) => Number(r.reindexFailed))} | ${sum((r) => r.apiFailures)} | ${seconds[Math.floor(seconds.length / 2)].toFixed(1)} |`,
  );
}
await rm(work, { recursive: true, force: true });

console.log('| scenario | trials | processes that stored (exit 0) | refused with a message (exit 2) | other ends | articles lost | stored twice | REINDEX failed | API failures | median s per trial |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
