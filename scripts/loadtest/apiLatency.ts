/**
 * API latency on loopback: starts `corroborate serve` in a child process on
 * a store filled by storeArticles.ts (so the load generator and the server
 * do not share an event loop), then runs autocannon against the story board,
 * the claims list and search, once with one connection (latency alone) and
 * once with several (latency under load, requests per second). Percentiles
 * are computed from every response time, since autocannon reports p97.5
 * but no p95.
 *
 *   npx tsx scripts/loadtest/storeArticles.ts 10000          # once, several minutes
 *   npx tsx scripts/loadtest/apiLatency.ts [--db DIR] [--seconds 15] [--connections 1,8]
 */
import autocannon, { type Result } from 'autocannon';
import { spawnServe } from './spawnServe.js';

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const dbDir = option('--db', '/tmp/corroborate-loadtest/store');
const seconds = Number(option('--seconds', '15'));
const connectionCounts = option('--connections', '1,8').split(',').map(Number);
const port = 4300 + Math.floor(Math.random() * 500);
const routes = ['/api/story', '/api/claims?limit=50', '/api/search?q=dren%20killed', '/api/search?q=%22hospital%20wing%22', '/api/search?q=marant%20alive&offset=100'];

const { server, base } = await spawnServe('src/cli/main.ts', ['--db', dbDir, '--port', String(port)]);

try {
  const started = performance.now();
  const first = await fetch(`${base}/api/story`);
  const board = (await first.json()) as { corpus: { count: number }; claims: unknown[] };
  console.log(`store: ${board.corpus.count} articles, ${board.claims.length} claims (${dbDir})`);
  console.log(`first request (brings the story up to date if needed): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const route of routes) {
    const response = await fetch(`${base}${route}`);
    const body = (await response.json()) as { total?: number };
    console.log(`  ${route}: ${response.status}, ${JSON.stringify(body).length} bytes${body.total !== undefined ? `, total ${body.total}` : ''}`);
  }
  console.log(`\n${seconds} s per route and connection count; milliseconds:`);
  console.log(`${'route'.padEnd(42)} conns     p50     p95     p99   req/s  non-2xx`);
  for (const connections of connectionCounts) {
    for (const route of routes) {
      const times: number[] = [];
      const result = await new Promise<Result>((resolve, reject) => {
        const instance = autocannon({ url: `${base}${route}`, connections, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
        instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
      });
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
      console.log(
        `${route.padEnd(42)} ${String(connections).padStart(5)} ${at(50).padStart(7)} ${at(95).padStart(7)} ${at(99).padStart(7)} ` +
          `${(times.length / result.duration).toFixed(1).padStart(7)} ${String(result.non2xx + result.errors).padStart(8)}`,
      );
    }
  }
} finally {
  server.kill('SIGTERM');
}
