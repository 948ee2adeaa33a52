import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, PoliteFetcher } from '../../src/ingest/fetch/fetchPolitely.js';
import { startLocalWebServer, type LocalWebServer } from '../support/localWebServer.js';

let server: LocalWebServer;
let cacheDir: string;
let fetcher: PoliteFetcher;

/** The problem the fetcher gives for a path, with the server's address taken out. */
async function problemOf(route: string, using = fetcher): Promise<string> {
  try {
    await using.fetch(`${server.url}${route}`);
    return 'no problem';
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return error.message.replaceAll(server.url, '');
  }
}

beforeAll(async () => {
  server = await startLocalWebServer();
  cacheDir = await mkdtemp(path.join(tmpdir(), 'corroborate-fetch-'));
  // A wide time limit for pages that answer (a loaded machine took 0.7 s for the 10 MB one); /slow gets a short one of its own.
  fetcher = new PoliteFetcher({ timeoutMs: 10_000, backoffMs: 10, cacheDir });
});
afterAll(async () => {
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('PoliteFetcher', () => {
  it('fetches a page, follows a redirect, and names itself', async () => {
    const page = await fetcher.fetch(`${server.url}/moved`);
    expect(page.finalUrl).toBe(`${server.url}/page`);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.bytes.toString()).toContain('Ministry confirms the raid');
    expect(server.userAgents[0]).toMatch(/^corroborate\/\d+\.\d+\.\d+ \(/);
  });

  it('gives each problem as a clear error naming the URL', async () => {
    expect(await problemOf('/missing')).toBe('/missing: answered 404 Not Found');
    expect(await problemOf('/loop-a')).toBe('/loop-a: redirects in a loop (/loop-a -> /loop-b -> /loop-a)');
    expect(await problemOf('/report.pdf')).toBe('/report.pdf: is a PDF (application/pdf); only HTML, text and feeds are read (save its text as a .txt file and give that)');
    expect(await problemOf('/slow', new PoliteFetcher({ timeoutMs: 400, backoffMs: 10, cacheDir: null }))).toBe('/slow: gave no complete answer within 400 ms; the page was not read');
    expect(await fetcher.fetch('ftp://example.org/x').catch((error: Error) => error.message)).toBe('ftp://example.org/x: is a ftp: address; only http and https are fetched');
  });

  it('cuts a 60 MB stream off at the size limit rather than reading it whole', async () => {
    const before = process.memoryUsage().rss;
    expect(await problemOf('/huge')).toBe('/huge: sent more than the 10 MB allowed for one page; cut off there and not read');
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('retries a 503 after its Retry-After, and gives up after the last retry', async () => {
    const page = await fetcher.fetch(`${server.url}/busy`);
    expect(page.bytes.toString()).toContain('Busy desk');
    expect(server.requests.get('/busy')).toBe(2);
    const refused = await problemOf('/nowhere-but-closed', new PoliteFetcher({ retries: 1, backoffMs: 10, cacheDir: null }));
    expect(refused).toBe('/nowhere-but-closed: answered 404 Not Found');
    const closed = await startLocalWebServer();
    await closed.close();
    const unreachable = new PoliteFetcher({ retries: 1, backoffMs: 10, cacheDir: null });
    const message = await unreachable.fetch(`${closed.url}/x`).catch((error: Error) => error.message.replace(closed.url, ''));
    expect(message).toBe('/x: could not be reached (ECONNREFUSED), 2 times; try again later');
  });

  it('serves a page fetched before from the cache, and asks again only when told to', async () => {
    await fetcher.fetch(`${server.url}/page`);
    const asked = server.requests.get('/page') ?? 0;
    const again = await new PoliteFetcher({ cacheDir }).fetch(`${server.url}/page`);
    expect(again.fromCache).toBe(true);
    expect(server.requests.get('/page') ?? 0).toBe(asked);
    await fetcher.fetch(`${server.url}/page`, { fresh: true });
    expect(server.requests.get('/page')).toBe(asked + 1);
  });

  it('sends one request at a time to a host', async () => {
    const polite = new PoliteFetcher({ cacheDir: null });
    const before = server.mostAtOnce();
    await Promise.all(['/page', '/second', '/page', '/second'].map((route) => polite.fetch(`${server.url}${route}`)));
    expect(Math.max(before, server.mostAtOnce())).toBe(1);
  });

  it("obeys the site's robots.txt: its own group for corroborate, its Crawl-delay, and --ignore-robots", async () => {
    // The group for corroborate replaces '*' for it: /private/ is closed to it, the rest open (though '*' closes all).
    const site = await startLocalWebServer({ robots: 'User-agent: *\nDisallow: /\n\nUser-agent: corroborate\nDisallow: /private/\nCrawl-delay: 0.5\n' });
    try {
      const obeying = new PoliteFetcher({ cacheDir: null });
      const refused = await obeying.fetch(`${site.url}/private/report`).catch((error: Error) => error.message.replaceAll(site.url, ''));
      expect(refused).toBe('/private/report: is disallowed for corroborate by /robots.txt; not fetched (with the site\'s leave, --ignore-robots fetches it anyway)');
      expect(site.requests.get('/private/report')).toBeUndefined();
      const started = performance.now();
      await obeying.fetch(`${site.url}/page`);
      await obeying.fetch(`${site.url}/second`);
      // The second request waited out the Crawl-delay after the first ended (a lower bound, never flaky).
      expect(performance.now() - started).toBeGreaterThanOrEqual(500);
      expect(site.requests.get('/robots.txt')).toBe(1);
      const page = await new PoliteFetcher({ cacheDir: null, obeyRobots: false }).fetch(`${site.url}/private/report`);
      expect(page.bytes.toString()).toContain('Internal memo');
    } finally {
      await site.close();
    }
  });

  it('takes a missing robots.txt as allowing everything', async () => {
    await new PoliteFetcher({ cacheDir: null }).fetch(`${server.url}/private/report`);
    expect(server.requests.get('/robots.txt')).toBeGreaterThanOrEqual(1);
    expect(server.requests.get('/private/report')).toBe(1);
  });
});
