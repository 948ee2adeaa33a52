import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import { exporters } from '../../src/export/exporters.js';
import type { TimelineJs } from '../../src/export/toTimelineJs.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { exportStory } from '../../src/usecases/exportStory.js';
import { ClaimNotFound } from '../../src/usecases/readStory.js';
import { goldenInput, oneClaim } from '../export/goldenInput.js';
import { chromiumPath, launchBrowser, screenshotDir } from './support/browser.js';

/*
 * The exports read from a real store (the use case and GET /api/export), and
 * the two that a browser shows checked in one Chromium: the TimelineJS JSON
 * loaded by TimelineJS itself, served from node_modules by a local server,
 * and the HTML report with JavaScript off. Nothing reaches the network: the
 * page may load only from the local server, every other request is refused
 * and listed.
 */
const corpus = 'samples/corpus';
const timelineJs = path.resolve('node_modules/@knight-lab/timelinejs/dist');
const now = new Date('2025-09-01T12:00:00Z');
const hostile = '<script>window.__ran = true</script><img src=x onerror="window.__ran = true">';

let db: Database;
let app: Hono;
let browser: Browser | undefined;
let server: Server;
let base = '';
const pages = new Map<string, { type: string; body: string }>();

beforeAll(async () => {
  db = await openStore('memory://');
  await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
  app = createApp({ db });
  server = createServer((request, response) => void serve(request.url ?? '/', response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

async function serve(url: string, response: import('node:http').ServerResponse): Promise<void> {
  const page = pages.get(url);
  if (page) return void response.writeHead(200, { 'content-type': page.type }).end(page.body);
  const file = path.join(timelineJs, path.normalize(decodeURIComponent(url.replace(/^\/timelinejs\//, '/')).replace(/\?.*$/, '')));
  if (!url.startsWith('/timelinejs/') || !file.startsWith(timelineJs)) return void response.writeHead(404).end();
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
  await readFile(file).then((body) => response.writeHead(200, { 'content-type': type }).end(body), () => response.writeHead(404).end());
}

describe('export from a store', () => {
  it('exports one claim or the whole story, and refuses an unknown claim', async () => {
    const [review] = JSON.parse((await exportStory(db, 'claimreview', { claim: 'dren.killed.1', now }))[0].text);
    expect(review).toMatchObject({ '@type': 'ClaimReview', url: 'urn:corroborate:claim:dren.killed.1', datePublished: '2025-09-01' });
    await expect(exportStory(db, 'report', { claim: 'nobody.said.9' })).rejects.toBeInstanceOf(ClaimNotFound);
  });

  it('GET /api/export/{format} downloads each format; csv as a zip; 400 for an unknown format, 404 for an unknown claim', async () => {
    const report = await app.request('/api/export/report?claim=dren.killed.1');
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('text/html');
    expect(report.headers.get('content-disposition')).toBe('attachment; filename="corroborate-dren.killed.1-report.html"');
    expect(await report.text()).toContain('Vasko Dren had been killed in the strike');
    const csv = await app.request('/api/export/csv');
    expect(csv.headers.get('content-type')).toBe('application/zip');
    expect(Object.keys(unzipSync(new Uint8Array(await csv.arrayBuffer())))).toEqual(['statements.csv', 'claims.csv', 'sources.csv']);
    const reviews = (await (await app.request('/api/export/claimreview?as=Halvek%20Desk')).json()) as { author: { name: string } }[];
    expect(reviews[0].author.name).toBe('Halvek Desk');
    expect((await app.request('/api/export/pdf')).status).toBe(400);
    expect((await app.request('/api/export/timeline?claim=nobody.said.9')).status).toBe(404);
  });
});

describe.skipIf(!existsSync(chromiumPath))('exports in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });

  /** A page on the local server; any request elsewhere is refused and returned in `refused`. */
  async function open(url: string, javaScriptEnabled: boolean) {
    const context = await browser!.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const refused: string[] = [];
    await context.route('**/*', (route) => (route.request().url().startsWith(base) || route.request().url().startsWith('data:') ? route.continue() : (refused.push(route.request().url()), route.abort())));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}${url}`);
    return { page, context, refused, errors };
  }

  it('TimelineJS loads the timeline export as it is, both clocks', async () => {
    const [file] = await exportStory(db, 'timeline', { now });
    const timeline = JSON.parse(file.text) as TimelineJs;
    pages.set('/timeline.json', { type: 'application/json', body: file.text });
    pages.set('/timeline.html', {
      type: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script></head><body style="margin:0">
<div id="timeline" style="width:100%;height:860px"></div>
<script>window.timeline = new TL.Timeline('timeline', location.origin + '/timeline.json', { script_path: location.origin + '/timelinejs/js/' });</script></body></html>`,
    });
    const { page, context, errors } = await open('/timeline.html', true);
    try {
      // Markers off the visible stretch of the time axis are laid out but not visible: wait for them to exist.
      await page.waitForSelector('.tl-timemarker', { state: 'attached', timeout: 20_000 });
      const shown = await page.evaluate(() => ({
        slides: document.querySelectorAll('.tl-slide').length,
        markers: document.querySelectorAll('.tl-timemarker').length,
        groups: [...document.querySelectorAll('.tl-timegroup-message')].map((g) => g.textContent),
        message: document.querySelector('.tl-message-full')?.textContent ?? '',
      }));
      // A report-clock slide of the most-reported claim, for the screenshot: the statements of its first day.
      const first = timeline.events.find((e) => e.unique_id.startsWith('report-dren-killed-1-'))!;
      await page.evaluate((id) => (window as unknown as { timeline: { goToId(id: string): void } }).timeline.goToId(id), first.unique_id);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(screenshotDir(), 'export-timelinejs.png') });
      expect(errors).toEqual([]);
      expect(shown.message).toBe('');
      // One slide per event plus the title slide, one marker per event.
      expect(shown.markers).toBe(timeline.events.length);
      expect(shown.slides).toBe(timeline.events.length + 1);
      expect(shown.groups).toContain('When it happened');
      expect(shown.groups).toContain('Reported: Vasko Dren had been killed in the strike');
    } finally {
      await context.close();
    }
  });

  it('the report reads with JavaScript off, and article text with a <script> in it shows as text and never runs', async () => {
    const [file] = await exportStory(db, 'report', { now });
    pages.set('/report.html', { type: 'text/html', body: file.text });
    const { page, context, refused } = await open('/report.html', false);
    try {
      expect(await page.locator('h1').textContent()).toMatch(/^Story report: \d+ claims from 14 articles$/);
      expect(await page.locator('#board tbody tr').count()).toBeGreaterThan(100);
      await page.click('#board a[href="#claim-dren.killed.1"]');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#claim-dren.killed.1');
      expect(await page.locator('#claim-dren\\.killed\\.1 h3').isVisible()).toBe(true);
      expect(await page.locator('#timeline h3').allTextContents()).toEqual(['When it happened', 'When it was reported']);
      await page.screenshot({ path: path.join(screenshotDir(), 'export-report-no-js.png') });
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }

    // A statement and an article title carrying markup, as a hostile page could: shown as text, run neither with JavaScript off nor on.
    const input = oneClaim(goldenInput(), 'dren.killed.1');
    input.story.claims[0].statements[0].text = `Officials said ${hostile}`;
    input.articles[0].title = hostile;
    pages.set('/hostile.html', { type: 'text/html', body: exporters.report(input)[0].text });
    for (const javaScriptEnabled of [false, true]) {
      const opened = await open('/hostile.html', javaScriptEnabled);
      try {
        expect(await opened.page.locator('script, img').count()).toBe(0);
        expect(await opened.page.locator('body').textContent()).toContain(`Officials said ${hostile}`);
        if (javaScriptEnabled) expect(await opened.page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
        expect(opened.refused).toEqual([]);
      } finally {
        await opened.context.close();
      }
    }
  });
});
