import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const webBundle = path.resolve('dist/web/index.html');

/** Why the browser tests cannot run here, or null when they can. */
export function browserTestsBlocker(): string | null {
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (install chromium or set CHROMIUM_PATH)`;
  if (!existsSync(webBundle)) return 'the web app is not built (npm run build writes dist/web/)';
  return null;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const viewports = {
  laptop: { width: 1366, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof viewports;

export function newContext(browser: Browser, viewport: ViewportName): Promise<BrowserContext> {
  const phone = viewport === 'phone';
  return browser.newContext({ viewport: viewports[viewport], isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
}

/** The folder screenshots go to: SCREENSHOT_DIR, or test-results/screenshots; created, and returned absolute. */
export function screenshotDir(fallback = 'test-results/screenshots'): string {
  const dir = path.resolve(process.env.SCREENSHOT_DIR ?? fallback);
  mkdirSync(dir, { recursive: true });
  return dir;
}
