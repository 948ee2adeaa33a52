/**
 * One measured process of the scale benchmark, started by scale.ts so that
 * each setup has its own peak memory and its own cores. Runs the same code
 * as the CLI commands and prints one JSON line with its figures.
 *
 *   tsx scripts/bench/benchChild.ts embedded FOLDER DBDIR N   analyze into the embedded store
 *   tsx scripts/bench/benchChild.ts enqueue FOLDER URL        queue the folder
 *   tsx scripts/bench/benchChild.ts worker URL                work until the queue is empty
 */
import { enqueueSources } from '../../src/queue/enqueueSources.js';
import { openQueueAt } from '../../src/queue/openArticleQueue.js';
import { runWorker } from '../../src/queue/runWorker.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources, type AnalyzeSummary } from '../../src/usecases/analyzeSources.js';

const [mode, ...args] = process.argv.slice(2);
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
// CPU seconds (user + system) of this process: unlike wall time, barely moved by other load on the machine.
const cpuSeconds = () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
const onError = (error: Error) => process.stderr.write(`queue: ${error.message}\n`);

function figures(summary: AnalyzeSummary) {
  return {
    stored: summary.stored.length,
    duplicates: summary.duplicates.length,
    failed: summary.failed.length,
    failures: summary.failed.slice(0, 3).map((failure) => failure.reason),
    seconds: summary.seconds,
    timings: summary.timings,
  };
}

if (mode === 'embedded') {
  const [folder, dbDir, count] = args;
  const tenth = Math.max(1, Math.floor(Number(count) / 10));
  const db = await openStore(dbDir);
  // Time at every tenth of the articles, for the cost-per-article curve.
  const marks: { done: number; seconds: number }[] = [];
  let done = 0;
  const started = performance.now();
  const summary = await analyzeSources(db, {
    paths: [folder],
    onProgress: ({ source }) => {
      if (source && ++done % tenth === 0) marks.push({ done, seconds: (performance.now() - started) / 1000 });
    },
  });
  await db.close();
  console.log(JSON.stringify({ ...figures(summary), marks, maxRssMb: maxRssMb(), cpuSeconds: cpuSeconds() }));
} else if (mode === 'enqueue') {
  const [folder, url] = args;
  const queue = await openQueueAt(url, { maintain: false, onError });
  const summary = await enqueueSources(queue, { paths: [folder] });
  await queue.close();
  console.log(JSON.stringify({ queued: summary.queued, failed: summary.failed.length, seconds: summary.seconds, maxRssMb: maxRssMb() }));
} else if (mode === 'worker') {
  const [url] = args;
  const queue = await openQueueAt(url, { maintain: true, onError });
  const db = await openStore(url);
  const summary = await runWorker(db, queue, { concurrency: Number(process.env.BENCH_CONCURRENCY ?? 1), drain: true, signal: new AbortController().signal });
  await db.close();
  await queue.close();
  console.log(JSON.stringify({ ...figures(summary), maxRssMb: maxRssMb(), cpuSeconds: cpuSeconds() }));
} else {
  throw new Error(`benchChild: expected a mode (embedded, enqueue or worker); got "${mode}"`);
}
