/**
 * Read latency while uploads are analysed: starts `corroborate serve` in a
 * child process on a temporary store holding the sample corpus, sends 50
 * concurrent uploads of 3 files each (sample articles made unique, some of
 * them 100 kB of '"Yes," he said.' sentences), and meanwhile times
 * GET /api/story one request after another until every upload is done
 * (answered, and for a 202, its job finished). Prints p50/p95/p99 of the
 * reads and how long the uploads took.
 *
 *   npx tsx scripts/loadtest/uploadsWhileReading.ts [--uploads 50] [--heavy 5] [--threads 1] [--root DIR] [--route /api/story]
 *
 * --root runs another checkout's CLI (the figure before a change: --root ../main); --route
 * times another read (/api/articles?limit=1 does not bring the story up to date first); --nice
 * sets the server's scheduling priority (-10: ahead of other work on a shared machine, which
 * needs root), to approximate a machine of its own.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { setPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { spawnServe } from './spawnServe.js';

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const uploads = Number(option('--uploads', '50'));
const heavyUploads = Number(option('--heavy', '5'));
const threads = option('--threads', '');
const root = path.resolve(option('--root', '.'));
const route = option('--route', '/api/story');
const nice = option('--nice', '');
const cli = path.join(root, 'src/cli/main.ts');

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`corroborate ${args[0]} exited with ${code}`))));
  });
}

const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-uploads-'));
const store = path.join(folder, 'store');
await run(['analyze', 'samples/corpus', '--manifest', 'samples/corpus/manifest.csv', '--db', store, '--quiet']);

const serveArgs = ['serve', '--db', store, '--port', '0', ...(threads ? ['--threads', threads] : [])];
const { server, base } = await spawnServe(cli, serveArgs.slice(1), root);
if (nice) setPriority(server.pid!, Number(nice));

const samples = await Promise.all(
  (await readdir('samples/corpus/text')).map((name) => readFile(path.join('samples/corpus/text', name), 'utf8')),
);
const heavy = `Reporters were told\n\n${'"Yes," he said. '.repeat(Math.ceil(100_000 / 16))}`;

/** Three files per upload, unique so none is skipped as already stored; the first file of the first `heavyUploads` uploads is the heavy one. */
function formFor(upload: number): FormData {
  const form = new FormData();
  for (let file = 0; file < 3; file++) {
    const text = upload < heavyUploads && file === 0 ? `${heavy}\nUpload ${upload}.\n` : `${samples[(upload + file) % samples.length]}\n\nDispatch ${upload}-${file}.\n`;
    form.append('files', new File([text], `upload-${upload}-${file}.txt`));
  }
  return form;
}

/** One upload until it is done; an upload that gets no answer (fetch gives up after 300 s) or a broken one counts with what went wrong. */
async function sendUpload(upload: number): Promise<{ status: number | string; stored: number; failed: number }> {
  try {
    const response = await fetch(`${base}/api/ingest`, { method: 'POST', body: formFor(upload) });
    const text = await response.text();
    if (!text.startsWith('{')) return { status: `${response.status} without a body`, stored: 0, failed: 0 };
    let body = JSON.parse(text) as { id?: string; status?: string; stored?: unknown[]; failed?: unknown[] };
    // 202: the job runs on; poll it until it has finished.
    while (response.status === 202 && body.status !== 'finished') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      body = (await (await fetch(`${base}/api/ingest/jobs/${body.id}`)).json()) as typeof body;
    }
    return { status: response.status, stored: body.stored?.length ?? 0, failed: body.failed?.length ?? 0 };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: cause === 'UND_ERR_HEADERS_TIMEOUT' ? 'no answer in 300 s' : (cause ?? (error as Error).message), stored: 0, failed: 0 };
  }
}

try {
  await (await fetch(`${base}/api/story`)).json();
  const started = performance.now();
  let uploadsDone = false;
  const sending = Promise.all(Array.from({ length: uploads }, (_, upload) => sendUpload(upload))).finally(() => {
    uploadsDone = true;
  });
  const reads: number[] = [];
  let readErrors = 0;
  while (!uploadsDone) {
    const sent = performance.now();
    // A read that gets no answer within fetch's 300 s counts with the time it waited.
    const response = await fetch(`${base}${route}`).catch(() => undefined);
    await response?.arrayBuffer();
    reads.push(performance.now() - sent);
    if (!response?.ok) readErrors++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const results = await sending;
  const seconds = (performance.now() - started) / 1000;
  reads.sort((a, b) => a - b);
  const at = (p: number) => reads[Math.min(reads.length - 1, Math.floor((p / 100) * reads.length))].toFixed(0);
  const statuses = [...new Set(results.map((r) => r.status))].map((status) => `${status} ×${results.filter((r) => r.status === status).length}`).join(', ');
  console.log(`${root}: ${uploads} uploads of 3 files (${heavyUploads} with a 100 kB '"Yes," he said.' file), threads ${threads || 'default'}${nice ? `, server at nice ${nice}` : ''}`);
  console.log(`  uploads: answered ${statuses}; all done in ${seconds.toFixed(1)} s; stored ${results.reduce((n, r) => n + r.stored, 0)}, failed ${results.reduce((n, r) => n + r.failed, 0)}`);
  console.log(`  GET ${route} meanwhile: ${reads.length} reads (${readErrors} not 2xx or no answer); ms p50 ${at(50)}, p95 ${at(95)}, p99 ${at(99)}, max ${reads.at(-1)!.toFixed(0)}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await rm(folder, { recursive: true, force: true });
}
