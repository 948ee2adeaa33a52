import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsBlocker } from './support/browser.js';
import { startApp, type AppUnderTest } from './support/fixture.js';
import { openPage } from './support/pages.js';

// The long lists come a page at a time; the sample corpus fits in one page, so the first request of each is made smaller here.
const blocker = browserTestsBlocker();
if (blocker) console.warn(`browser tests skipped: ${blocker}`);

/** Sends the page's first request of `path` (without a query) with `query`, as a client asking for small pages would. */
async function smallFirstPage(page: Page, path: string, query: string): Promise<void> {
  await page.route((url) => url.pathname === path && url.search === '', (route) => route.continue({ url: `${route.request().url()}?${query}` }));
}

/** Clicks 'Show more' under `scope` until it is gone; how many clicks it took. */
async function showAll(page: Page, scope: string): Promise<number> {
  let clicks = 0;
  while ((await page.$(`${scope} .show-more button`)) && clicks < 50) {
    const before = await page.$$eval(`${scope} .show-more .muted`, (spans) => spans.map((s) => s.textContent).join());
    await page.click(`${scope} .show-more button`);
    await page.waitForFunction(
      ([selector, text]) => [...document.querySelectorAll(`${selector} .show-more .muted`)].map((s) => s.textContent).join() !== text,
      [scope, before] as const,
    );
    clicks++;
  }
  return clicks;
}

describe.skipIf(blocker !== null)("'Show more' on the pages of long lists", () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(async () => app?.close());

  test("a claim's statements of one stance: two at first, then every one once", async () => {
    const claim = 'dren.killed.1';
    const view = (await (await fetch(`${app.url}/api/claims/${claim}`)).json()) as { summary: { stances: Record<string, number> } };
    const stance = Object.entries(view.summary.stances).sort((a, b) => b[1] - a[1])[0];
    expect(stance[1]).toBeGreaterThan(2);
    const { page, errors } = await app.open();
    await smallFirstPage(page, `/api/claims/${claim}`, 'limit=2');
    await openPage(page, app.url, `#/claim/${claim}`);
    const group = `.stance-group.border-${stance[0]}`;
    expect(await page.$$eval(`${group} .statement`, (items) => items.length)).toBe(2);
    expect(await page.textContent(`${group} .show-more`)).toContain(`2 of ${stance[1]} statements shown`);
    expect(await showAll(page, group)).toBeGreaterThan(0);
    const keys = await page.$$eval(`${group} .statement .quote`, (links) => links.map((a) => a.getAttribute('href')));
    expect(keys).toHaveLength(stance[1]);
    expect(await page.$(`${group} .show-more`)).toBeNull();
    // The statements are text: nothing in them became markup.
    expect(await page.$$eval(`${group} .statement .quote`, (links) => links.every((a) => [...a.querySelectorAll('*')].every((e) => e.tagName === 'MARK')))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the timeline: the first 40 reports, then the rest on demand', async () => {
    const timeline = (await (await fetch(`${app.url}/api/timeline?limit=1`)).json()) as { total: number };
    const { page, errors } = await app.open();
    await smallFirstPage(page, '/api/timeline', 'limit=40');
    await openPage(page, app.url, '#/timeline');
    expect(await page.$$eval('.tl-strip .report-dot', (dots) => dots.length)).toBe(40);
    expect(await page.textContent('.show-more')).toContain(`40 of ${timeline.total} reports shown`);
    await showAll(page, 'main');
    expect(await page.$$eval('.tl-strip .report-dot', (dots) => dots.length)).toBe(timeline.total);
    expect(errors).toEqual([]);
  });

  test('the matrix: three sources, then every one', async () => {
    const matrix = (await (await fetch(`${app.url}/api/matrix?limit=1`)).json()) as { total: number };
    const { page, errors } = await app.open();
    await smallFirstPage(page, '/api/matrix', 'limit=3');
    await openPage(page, app.url, '#/matrix');
    expect(await page.$$eval('.matrix tbody tr', (rows) => rows.length)).toBe(3);
    await showAll(page, 'main');
    expect(await page.$$eval('.matrix tbody tr', (rows) => rows.length)).toBe(matrix.total);
    expect(errors).toEqual([]);
  });
});
