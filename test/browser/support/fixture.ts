import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, type ViewportName } from './browser.js';
import { runCli, startServer, type RunningServer } from './server.js';

export interface AppUnderTest {
  url: string;
  browser: Browser;
  /** A fresh page at the viewport; page errors and console errors are collected in `errors`. */
  open: (viewport?: ViewportName) => Promise<{ page: Page; errors: string[] }>;
  close: () => Promise<void>;
}

/** The sample corpus analysed into a temporary store, `corroborate serve` over it, and Chromium. */
export async function startApp(): Promise<AppUnderTest> {
  const store = mkdtempSync(path.join(tmpdir(), 'corroborate-browser-'));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    await runCli(['analyze', 'samples/corpus', '--manifest', 'samples/corpus/manifest.csv', '--db', store]);
    server = await startServer(store);
    browser = await launchBrowser();
  } catch (error) {
    await server?.stop();
    rmSync(store, { recursive: true, force: true });
    throw error;
  }
  const opened: Page[] = [];
  return {
    url: server.url,
    browser,
    async open(viewport: ViewportName = 'laptop') {
      const context = await newContext(browser!, viewport);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      opened.push(page);
      return { page, errors };
    },
    async close() {
      for (const page of opened) await page.context().close().catch(() => undefined);
      await browser!.close();
      await server!.stop();
      rmSync(store, { recursive: true, force: true });
    },
  };
}

/** The text of every element matching the selector, joined: a highlight cut into pieces reads as one string. */
export function joinedText(page: Page, selector: string): Promise<string> {
  return page.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? '').join(''));
}

/** Whether the element is inside the visible part of the window. */
export function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.height > 0;
  });
}
