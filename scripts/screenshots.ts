/**
 * Screenshots of every page of the web app over the development seeds
 * (../shared/seeds, or CORROBORATE_SHARED/seeds), at laptop and phone size,
 * into SCREENSHOT_DIR (default test-results/seeds-screenshots); the story board
 * at laptop size also becomes the README picture, docs/images/story-board.png,
 * the check of the most-reported claim's words, down to its first
 * articles, docs/images/check.png, and, on the temporary store only (it
 * makes a correction), the most-reported claim with one statement
 * re-stanced by hand and the correct form open on another,
 * docs/images/corrections.png.
 *
 *   npm run build && npx tsx scripts/screenshots.ts            # analyses the seeds into a temporary store and serves it
 *   npx tsx scripts/screenshots.ts --url http://127.0.0.1:4173  # a server already running
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { browserTestsBlocker, launchBrowser, newContext, screenshotDir, viewports } from '../test/browser/support/browser.js';
import { appPages, openPage, screenshotPages } from '../test/browser/support/pages.js';
import { runCli, startServer, type RunningServer } from '../test/browser/support/server.js';

const urlFlag = process.argv.indexOf('--url');
const givenUrl = urlFlag >= 0 ? process.argv[urlFlag + 1] : undefined;
const seeds = path.join(process.env.CORROBORATE_SHARED ?? path.resolve('..', 'shared'), 'seeds');

/** The check page at laptop width, clipped below its first two articles: the whole page runs to thousands of pixels. */
async function screenshotCheck(browser: Browser, url: string, file: string): Promise<void> {
  const check = (await appPages(url)).find((page) => page.name === 'check');
  if (!check) throw new Error('screenshots: the store has no claim to check');
  const context = await newContext(browser, 'laptop');
  try {
    const page = await context.newPage();
    await openPage(page, url, check.hash);
    // Down to the end of the second article, so the picture shows the evidence without running on.
    const bottom = await page.$$eval('.check-article', (cards) => cards.slice(0, 2).map((card) => card.getBoundingClientRect().bottom + scrollY).at(-1) ?? 0);
    const height = Math.ceil(Math.min(Math.max(bottom + 8, viewports.laptop.height), 2400));
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewports.laptop.width, height } });
  } finally {
    await context.close();
  }
}

interface ClaimStatements {
  claim: { id: string; statements: { article: string; statement: string; stance: string }[] };
}

/**
 * The correction controls: the most-reported claim's first asserting statement
 * re-stanced by hand (through the API, as the form would), its mark opened,
 * and the correct form open on the next asserting statement.
 */
async function screenshotCorrections(browser: Browser, url: string, file: string): Promise<void> {
  const claim = (await appPages(url)).find((page) => page.name === 'claim');
  if (!claim) throw new Error('screenshots: the store has no claim to correct');
  const id = decodeURIComponent(claim.hash.replace('#/claim/', ''));
  const view = (await (await fetch(`${url}/api/claims/${encodeURIComponent(id)}`)).json()) as ClaimStatements;
  const [first, second] = view.claim.statements.filter((s) => s.stance === 'asserts');
  if (!first || !second) throw new Error(`screenshots: claim ${id} has fewer than two asserting statements to show the corrections with`);
  const change = { kind: 'stance', statement: { article: first.article, statement: first.statement }, stance: 'denies' };
  const made = await fetch(`${url}/api/corrections`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ change, note: 'the next sentence says the opposite', by: 'Ana Reyes' }),
  });
  if (!made.ok) throw new Error(`screenshots: the correction was refused: ${await made.text()}`);
  const context = await newContext(browser, 'laptop');
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => localStorage.setItem('corroborate.corrector', 'Ana Reyes'));
    await openPage(page, url, claim.hash);
    await page.locator('.border-denies .statement details.corrected summary').first().click();
    await page.locator('.border-asserts .statement .correct-button').first().click();
    await page.locator('.correct-form select[name="stance"]').selectOption('doubts');
    await page.locator('.correct-form textarea').fill('quoted second-hand, with a hedge');
    // From the Statements heading down to the open form and the opened mark: the controls, not the status chart above them.
    const top = await page.$eval('.stance-groups', (e) => e.getBoundingClientRect().top + scrollY - 56);
    const bottom = await page.$$eval('.correct-form, .stance-group details.corrected', (es) => Math.max(...es.map((e) => e.getBoundingClientRect().bottom + scrollY)));
    const height = Math.ceil(Math.min(bottom + 24 - top, 1100));
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width: viewports.laptop.width, height } });
  } finally {
    await context.close();
  }
}

const blocker = browserTestsBlocker();
if (blocker) {
  console.error(`screenshots: ${blocker}`);
  process.exit(2);
}

let server: RunningServer | undefined;
let store: string | undefined;
try {
  let url = givenUrl;
  if (!url) {
    store = mkdtempSync(path.join(tmpdir(), 'corroborate-seeds-'));
    console.log(`analysing ${seeds} into ${store}`);
    await runCli(['analyze', seeds, '--manifest', path.join(seeds, 'manifest.csv'), '--db', store]);
    server = await startServer(store);
    url = server.url;
  }
  const dir = screenshotDir('test-results/seeds-screenshots');
  const browser = await launchBrowser();
  try {
    for (const viewport of ['laptop', 'phone'] as const) await screenshotPages(browser, url, dir, viewport, { full: true });
    mkdirSync('docs/images', { recursive: true });
    await screenshotCheck(browser, url, 'docs/images/check.png');
    // Last, so that every other picture shows the automatic reading; never on a server the script did not start.
    if (server) await screenshotCorrections(browser, url, 'docs/images/corrections.png');
    else console.log('screenshots: docs/images/corrections.png left as it is (it makes a correction, so only on a store of its own)');
  } finally {
    await browser.close();
  }
  copyFileSync(path.join(dir, 'story-board-laptop.png'), 'docs/images/story-board.png');
  console.log(`screenshots in ${dir}; docs/images/story-board.png, check.png${server ? ' and corrections.png' : ''} updated`);
} finally {
  await server?.stop();
  if (store) rmSync(store, { recursive: true, force: true });
}
