/**
 * Screenshots of every page of the web app over the development seeds
 * (../shared/seeds, or CORROBORATE_SHARED/seeds), at laptop and phone size,
 * into SCREENSHOT_DIR (default test-results/seeds-screenshots); the story board
 * at laptop size also becomes the README picture, docs/images/story-board.png.
 *
 *   npm run build && npx tsx scripts/screenshots.ts            # analyses the seeds into a temporary store and serves it
 *   npx tsx scripts/screenshots.ts --url http://127.0.0.1:4173  # a server already running
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { browserTestsBlocker, launchBrowser, screenshotDir } from '../test/browser/support/browser.js';
import { screenshotPages } from '../test/browser/support/pages.js';
import { runCli, startServer, type RunningServer } from '../test/browser/support/server.js';

const urlFlag = process.argv.indexOf('--url');
const givenUrl = urlFlag >= 0 ? process.argv[urlFlag + 1] : undefined;
const seeds = path.join(process.env.CORROBORATE_SHARED ?? path.resolve('..', 'shared'), 'seeds');

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
  } finally {
    await browser.close();
  }
  mkdirSync('docs/images', { recursive: true });
  copyFileSync(path.join(dir, 'story-board-laptop.png'), 'docs/images/story-board.png');
  console.log(`screenshots in ${dir}; docs/images/story-board.png updated`);
} finally {
  await server?.stop();
  if (store) rmSync(store, { recursive: true, force: true });
}
