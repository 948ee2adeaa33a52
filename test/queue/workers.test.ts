import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { serverSchema, serverUrl, type ServerSchema } from './serverSchema.js';

const cli = path.resolve('bin/corroborate.js');
const articles = 200;

interface Run {
  exit: Promise<{ code: number | null; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

const children = new Set<ReturnType<typeof spawn>>();

function startCli(args: string[]): Run {
  const child = spawn('node', [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    exit: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr }))),
    kill: (signal) => child.kill(signal),
  };
}

/** 'stored 12, skipped 3 already stored, failed 0' from a worker's summary line. */
function counts(stderr: string): { stored: number; skipped: number; failed: number } {
  const match = /stored (\d+), skipped (\d+) already stored, failed (\d+)/.exec(stderr);
  if (!match) throw new Error(`no summary line in the worker's output:\n${stderr}`);
  return { stored: Number(match[1]), skipped: Number(match[2]), failed: Number(match[3]) };
}

/** 200 copies of one article, each with its own last line: one content hash each, same annotations. */
async function batch(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-workers-'));
  const base = await readFile('samples/corpus/text/korvath-today-serrin-witnesses.txt', 'utf8');
  for (let i = 0; i < articles; i++) await writeFile(path.join(folder, `${String(i).padStart(4, '0')}.txt`), `${base}\n\nDispatch number ${i}.\n`);
  return folder;
}

async function storeCounts(server: ServerSchema) {
  const [{ ready }] = await server.query<{ ready: boolean }>(`SELECT to_regclass('${server.schema}.statements') IS NOT NULL AS ready`);
  if (!ready) return { total: 0, sources: 0, shapes: 0 };
  const [row] = await server.query<{ total: number; sources: number; shapes: number }>(
    `SELECT count(*)::int AS total, count(DISTINCT source)::int AS sources,
            count(DISTINCT (SELECT count(*) FROM ${server.schema}.statements s WHERE s.article_id = a.id))::int AS shapes
     FROM ${server.schema}.articles a`,
  );
  return row;
}

/** The real CLI in child processes against the server in DATABASE_URL: workers killed, restarted, and side by side. */
describe.skipIf(!serverUrl)('queue workers as separate processes', () => {
  let server: ServerSchema | undefined;
  afterEach(async () => {
    // A failed assertion must not leave a worker polling forever.
    for (const child of children) child.kill('SIGKILL');
    await server?.dispose();
  });

  it('a worker killed with SIGKILL mid-batch: after a restart every article is stored exactly once', async () => {
    server = serverSchema('kill');
    const enqueue = startCli(['enqueue', await batch(), '--db', server.url, '--job-timeout', '2']);
    expect(await enqueue.exit).toMatchObject({ code: 0, stderr: expect.stringContaining(`queued ${articles}, failed 0`) });

    const first = startCli(['worker', '--db', server.url]);
    let before = { total: 0, sources: 0, shapes: 0 };
    while (before.total < 40) {
      await sleep(200);
      before = await storeCounts(server);
    }
    first.kill('SIGKILL');
    expect((await first.exit).code).toBeNull();
    before = await storeCounts(server);
    const [jobs] = await server.query<{ active: number; completed: number }>(
      `SELECT count(*) FILTER (WHERE state = 'active')::int AS active, count(*) FILTER (WHERE state = 'completed')::int AS completed
       FROM ${server.schema}_queue.job`,
    );
    console.log(`killed the worker with ${before.total} of ${articles} stored, ${jobs.completed} jobs completed and ${jobs.active} in progress`);
    expect(before.total).toBeLessThan(articles);
    expect(jobs.active).toBeGreaterThan(0);
    // A job is completed only once its article is stored.
    expect(jobs.completed).toBeLessThanOrEqual(before.total);

    const second = startCli(['worker', '--db', server.url, '--drain']);
    const { code, stderr } = await second.exit;
    expect(code).toBe(0);
    const after = await storeCounts(server);
    const restarted = counts(stderr);
    console.log(`after the restart: ${after.total} articles, ${after.sources} sources; the new worker ${stderr.trim().split('\n').at(-1)}`);
    expect(after).toEqual({ total: articles, sources: articles, shapes: 1 });
    // A job killed after its article was stored but before it was completed comes back as 'already stored'.
    expect(restarted.stored).toBe(articles - before.total);
    expect(restarted.skipped).toBeLessThanOrEqual(jobs.active);
    const states = await server.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${server.schema}_queue.job GROUP BY 1`);
    expect(states).toEqual([{ state: 'completed', n: articles }]);
  }, 90_000);

  it('a worker stopped with SIGTERM finishes the jobs in hand, leaves none in progress, and exits 0', async () => {
    server = serverSchema('term');
    expect((await startCli(['enqueue', await batch(), '--db', server.url]).exit).code).toBe(0);
    const worker = startCli(['worker', '--db', server.url]);
    while ((await storeCounts(server)).total < 20) await sleep(200);
    worker.kill('SIGTERM');
    const { code, stderr } = await worker.exit;
    expect(code).toBe(0);
    const [jobs] = await server.query<{ active: number; completed: number }>(
      `SELECT count(*) FILTER (WHERE state = 'active')::int AS active, count(*) FILTER (WHERE state = 'completed')::int AS completed
       FROM ${server.schema}_queue.job`,
    );
    const stored = (await storeCounts(server)).total;
    expect({ active: jobs.active, completed: jobs.completed, summary: counts(stderr).stored }).toEqual({ active: 0, completed: stored, summary: stored });
    // No job waits for the timeout: a worker started now takes the rest at once.
    expect((await startCli(['worker', '--db', server.url, '--drain']).exit).code).toBe(0);
    expect(await storeCounts(server)).toEqual({ total: articles, sources: articles, shapes: 1 });
  }, 90_000);

  it('two workers on one batch: no article lost, none stored twice, both take part', async () => {
    server = serverSchema('pair');
    expect((await startCli(['enqueue', await batch(), '--db', server.url]).exit).code).toBe(0);
    const results = await Promise.all([startCli(['worker', '--db', server.url, '--drain']).exit, startCli(['worker', '--db', server.url, '--drain']).exit]);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    const [a, b] = results.map((result) => counts(result.stderr));
    console.log(`worker A ${JSON.stringify(a)}, worker B ${JSON.stringify(b)}`);
    expect(a.stored + b.stored).toBe(articles);
    expect(a.skipped + b.skipped).toBe(0);
    expect(Math.min(a.stored, b.stored)).toBeGreaterThan(articles / 5);
    expect(await storeCounts(server)).toEqual({ total: articles, sources: articles, shapes: 1 });
  }, 90_000);
});
