/**
 * Every API route at scale: fills a store with N synthetic articles
 * (syntheticCorpus.ts, analysed and related by the real use case; kept
 * between runs), starts `corroborate serve` on it in a child process (so
 * the load generator and the server do not share an event loop), and
 * reports per route the response size, the first request's time, and
 * p50/p95/p99 with 1 and 8 connections (autocannon on loopback; percentiles
 * from every response time, since autocannon gives p97.5 but no p95). The
 * load average is printed beside each route: the machine may be shared.
 *
 *   npx tsx scripts/bench/apiLatency.ts [N=2000] [--db DIR] [--seconds 5] [--connections 1,8] [--root DIR] [--only REGEX]
 *
 * `--root` serves another checkout (the figures before a change) on the
 * same store; a route it does not have (404) is skipped.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { fillSyntheticStore } from './fillSyntheticStore.js';
import { spawnServe } from '../loadtest/spawnServe.js';

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const count = Number(process.argv.slice(2).find((arg, i, args) => /^\d+$/.test(arg) && !args[i - 1]?.startsWith('--')) ?? 2000);
const dbDir = path.resolve(option('--db', `/tmp/corroborate-api-bench/${count}`));
const seconds = Number(option('--seconds', '5'));
const connectionCounts = option('--connections', '1,8').split(',').map(Number);
const root = path.resolve(option('--root', '.'));
const only = new RegExp(option('--only', '.'));
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

console.log(`store: ${await fillSyntheticStore(dbDir, count)} articles in ${dbDir}; load average ${load()}`);

const port = 4300 + Math.floor(Math.random() * 500);
const { server, base } = await spawnServe('src/cli/main.ts', ['--db', dbDir, '--port', String(port)], root);

/** One GET, timed, with the body's size in bytes. */
async function fetchOnce(route: string): Promise<{ status: number; bytes: number; ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${base}${route}`);
  const body = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(body), ms: performance.now() - started, body };
}

/** Routes named after what the store holds: its largest and its smallest claim, a speaker. */
async function routesFor(): Promise<string[]> {
  const claims = JSON.parse((await fetchOnce('/api/claims?limit=200')).body) as { total: number; items: { id: string }[] };
  const [largest, smallest] = [claims.items[0].id, claims.items.at(-1)!.id];
  const claim = encodeURIComponent(largest);
  return [
    '/api/story', '/api/claims?limit=50', '/api/claims?limit=50&offset=200',
    `/api/claims/${claim}`, `/api/claims/${encodeURIComponent(smallest)}`,
    `/api/claims/${claim}/statements?stance=asserts`, `/api/claims/${claim}/sources`,
    '/api/sources', '/api/matrix', '/api/timeline',
    '/api/articles?limit=50', `/api/articles?limit=50&offset=${Math.max(0, count - 50)}`,
    '/api/statements?limit=50', '/api/statements?speaker=varga',
    '/api/search?q=dren%20killed', '/api/search?q=%22hospital%20wing%22', '/api/search?q=dren%20killed&offset=100',
    '/api/watch', '/api/corrections',
  ];
}

/** Waits until the server answers a cheap route again: requests still queued from the last measurement would count against the next route. */
async function settle(): Promise<number> {
  const started = performance.now();
  await fetchOnce('/api/corrections');
  return performance.now() - started;
}

/** Every response time of `seconds` of requests over `connections` connections. */
async function measure(route: string, connections: number): Promise<{ times: number[]; result: Result }> {
  const times: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon({ url: `${base}${route}`, connections, duration: seconds, timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  await settle();
  return { times: times.sort((a, b) => a - b), result };
}

try {
  const started = performance.now();
  await fetchOnce('/api/story');
  console.log(`first request: ${((performance.now() - started) / 1000).toFixed(1)} s (server at ${root})`);
  const routes = (await routesFor()).filter((route) => only.test(route));
  const kept: string[] = [];
  console.log(`\n${'route'.padEnd(62)} status      bytes  first ms  (two GETs one after the other: the second after any cache is filled)`);
  for (const route of routes) {
    const first = await fetchOnce(route);
    const second = await fetchOnce(route);
    console.log(`${route.padEnd(62)} ${String(first.status).padStart(6)} ${String(second.bytes).padStart(10)} ${first.ms.toFixed(0).padStart(9)} ${second.ms.toFixed(0).padStart(9)}`);
    if (first.status === 200) kept.push(route);
  }
  console.log(`\n${seconds} s per route and connection count; milliseconds:`);
  console.log(`${'route'.padEnd(62)} conns     p50     p95     p99   req/s  non-2xx  load average`);
  for (const connections of connectionCounts) {
    for (const route of kept) {
      const { times, result } = await measure(route, connections);
      const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1) : '-');
      console.log(
        `${route.padEnd(62)} ${String(connections).padStart(5)} ${at(50).padStart(7)} ${at(95).padStart(7)} ${at(99).padStart(7)} ` +
          `${(times.length / result.duration).toFixed(1).padStart(7)} ${String(result.non2xx + result.errors + result.timeouts).padStart(8)}  ${load()}`,
      );
    }
  }
  const status = await readFile(`/proc/${server.pid}/status`, 'utf8').catch(() => '');
  console.log(`\nserver peak memory (VmHWM): ${/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? '?'} kB; load average at the end ${load()}`);
} finally {
  server.kill('SIGTERM');
}
