import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { reportAndStopCliRuns, startCli, type CliRun } from '../queue/cliProcess.js';
import { serverSchema, serverUrl, type ServerSchema } from '../queue/serverSchema.js';
import { startTcpProxy, type TcpProxy } from '../queue/tcpProxy.js';
import { articles, batch, counts, storeCounts } from '../queue/workerBatch.js';

/*
 * What a PostgreSQL restart or failover does to a running process: every
 * connection it holds is ended by the server (57P01 "terminating connection
 * due to administrator command"), idle or in the middle of a query. Each test
 * runs in a schema of its own, and its processes connect with
 * application_name=<schema>, so pg_terminate_backend only ever hits them.
 */
describe.skipIf(!serverUrl)('the database goes away under a running process', () => {
  reportAndStopCliRuns();
  let server: ServerSchema | undefined;
  let proxy: TcpProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await server?.dispose();
  });

  /** The test's URL through a relay the test can take down, for an outage longer than a moment. */
  async function throughProxy(url: string): Promise<string> {
    const target = new URL(url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    target.host = `127.0.0.1:${proxy.port}`;
    return target.toString();
  }

  async function servedAt(serve: CliRun): Promise<string> {
    for (;;) {
      const started = /serving .* at (http:\/\/\S+?)\/?\s/.exec(serve.output().stdout);
      if (started) return started[1];
      if (serve.child.exitCode !== null) throw new Error('serve exited before it listened');
      await sleep(100);
    }
  }

  /** Ends the process's connections every `everyMs` until it exits; returns how many were ended. */
  async function terminateUntilExit(run: CliRun, everyMs: number, times: number): Promise<number> {
    let exited = false;
    void run.exit.then(() => (exited = true));
    let ended = 0;
    for (let i = 0; i < times && !exited; i++) {
      await sleep(everyMs);
      ended += await server!.terminateBackends();
    }
    return ended;
  }

  it('serve stays up: requests in flight answer 200 or 503, and the next GET answers 200', async () => {
    server = serverSchema('serve_gone');
    const serve = startCli(['serve', '--db', server.url, '--port', '0']);
    const base = await servedAt(serve);
    expect((await fetch(`${base}/api/articles`)).status).toBe(200);
    const statuses = new Set<number>();
    let ended = 0;
    for (let round = 0; round < 5; round++) {
      const inFlight = Array.from({ length: 4 }, () => fetch(`${base}/api/story`).then((response) => response.status));
      ended += await server.terminateBackends();
      for (const status of await Promise.all(inFlight)) statuses.add(status);
      // Idle pooled connections ended too: the next request must get a new one.
      ended += await server.terminateBackends();
      expect((await fetch(`${base}/api/articles`)).status).toBe(200);
    }
    console.log(`serve: ${ended} connections ended over 5 rounds; statuses of requests in flight: ${[...statuses].join(', ')}`);
    expect(ended).toBeGreaterThan(0);
    expect([...statuses].every((status) => status === 200 || status === 503)).toBe(true);
    expect(serve.child.exitCode).toBeNull();
    expect(serve.output().stderr).toContain('lost a connection');
  }, 120_000);

  it('a worker whose connections are ended several times mid-batch stores every article exactly once and loses no job', async () => {
    server = serverSchema('worker_gone');
    const enqueue = await startCli(['enqueue', await batch(), '--db', server.url, '--job-timeout', '10']).exit;
    expect(enqueue.code).toBe(0);
    const worker = startCli(['worker', '--db', server.url, '--drain']);
    while ((await storeCounts(server)).total < 10) await sleep(100);
    const ended = await terminateUntilExit(worker, 700, 6);
    const { code, stderr } = await worker.exit;
    console.log(`worker: ${ended} connections ended; ${stderr.trim().split('\n').filter((line) => line.startsWith('stored')).join('')}`);
    expect(ended).toBeGreaterThan(0);
    expect(code).toBe(0);
    const summary = counts(stderr);
    expect(summary.failed).toBe(0);
    expect(await storeCounts(server)).toEqual({ total: articles, sources: articles, shapes: 1 });
    const states = await server.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${server.schema}_queue.job GROUP BY 1`);
    expect(states).toEqual([{ state: 'completed', n: articles }]);
  }, 180_000);

  it('analyze whose connection is ended mid-batch names every item it did not store, and a re-run stores the rest once', async () => {
    server = serverSchema('analyze_gone');
    const folder = await batch();
    const first = startCli(['analyze', folder, '--db', server.url, '--quiet']);
    while ((await storeCounts(server)).total < 10) await sleep(100);
    const ended = await terminateUntilExit(first, 500, 6);
    const firstRun = await first.exit;
    console.log(`analyze: ${ended} connections ended; exit ${firstRun.code}; ${firstRun.stderr.trim().split('\n').find((line) => line.startsWith('stored'))}`);
    expect(ended).toBeGreaterThan(0);
    expect([0, 1]).toContain(firstRun.code);
    const firstCounts = counts(firstRun.stderr);
    // Each input is accounted for: stored, found stored (an insert whose answer was lost), or failed with its name.
    expect(firstCounts.stored + firstCounts.skipped + firstCounts.failed).toBe(articles);
    const failedLines = firstRun.stderr.split('\n').filter((line) => line.startsWith('  failed:'));
    expect(failedLines.length).toBe(firstCounts.failed);
    expect(failedLines.every((line) => /\d{4}\.txt/.test(line))).toBe(true);

    const rerun = await startCli(['analyze', folder, '--db', server.url, '--quiet']).exit;
    expect(rerun.code).toBe(0);
    const rerunCounts = counts(rerun.stderr);
    expect(rerunCounts.stored + rerunCounts.skipped).toBe(articles);
    expect(rerunCounts.stored).toBeLessThanOrEqual(firstCounts.failed);
    expect(await storeCounts(server)).toEqual({ total: articles, sources: articles, shapes: 1 });
  }, 180_000);

  it('serve answers 503 with Retry-After while the database stays away past the retry window, and 200 once it is back', async () => {
    server = serverSchema('serve_down');
    const serve = startCli(['serve', '--db', await throughProxy(server.url), '--port', '0'], { CORROBORATE_STORE_RETRY_SECONDS: '2' });
    const base = await servedAt(serve);
    expect((await fetch(`${base}/api/articles`)).status).toBe(200);
    await proxy!.down();
    const refused = await fetch(`${base}/api/articles`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toEqual({ error: { status: 503, message: expect.stringContaining('try again') } });
    await proxy!.up();
    expect((await fetch(`${base}/api/articles`)).status).toBe(200);
    expect(serve.child.exitCode).toBeNull();
    expect(serve.output().stderr).toMatch(/is unavailable: .*retried for 2 s/);
  }, 120_000);

  it('a worker pauses while the database stays away, resumes when it is back, and stores every article exactly once', async () => {
    server = serverSchema('worker_down');
    expect((await startCli(['enqueue', await batch(), '--db', server.url, '--job-timeout', '10']).exit).code).toBe(0);
    const worker = startCli(['worker', '--db', await throughProxy(server.url), '--drain'], { CORROBORATE_STORE_RETRY_SECONDS: '2' });
    while ((await storeCounts(server)).total < 10) await sleep(100);
    await proxy!.down();
    // Down until the worker says it paused (past its 2 s retry window), however long a loaded machine takes to get there.
    for (const deadline = Date.now() + 90_000; !worker.output().stderr.includes('paused') && Date.now() < deadline; ) await sleep(200);
    const storedWhileDown = (await storeCounts(server)).total;
    await proxy!.up();
    const { code, stderr } = await worker.exit;
    console.log(`worker: ${storedWhileDown} stored when the database came back; ${stderr.trim().split('\n').find((line) => line.startsWith('stored'))}`);
    expect(code).toBe(0);
    expect(stderr).toContain('paused');
    expect(await storeCounts(server)).toEqual({ total: articles, sources: articles, shapes: 1 });
    const states = await server.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${server.schema}_queue.job GROUP BY 1`);
    expect(states).toEqual([{ state: 'completed', n: articles }]);
  }, 180_000);
});
