import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { newContext, type ViewportName } from './browser.js';

export interface AppPage {
  name: string;
  hash: string;
}

interface StoryAnswer {
  claims: { id: string; text: string }[];
}
interface ClaimAnswer {
  claim: { statements: { article: string; statement: string; start: number; end: number; stance: string }[] };
}

/** Every page of the app, on the store behind `url`: the most-reported claim, its first statement in its article, and a check of its words. */
export async function appPages(url: string): Promise<AppPage[]> {
  const story = (await (await fetch(`${url}/api/story`)).json()) as StoryAnswer;
  const pages: AppPage[] = [
    { name: 'story-board', hash: '#/' },
    { name: 'timeline', hash: '#/timeline' },
    { name: 'matrix', hash: '#/matrix' },
    { name: 'articles', hash: '#/articles' },
  ];
  const top = story.claims[0];
  if (top) {
    pages.splice(1, 0, { name: 'claim', hash: `#/claim/${encodeURIComponent(top.id)}` });
    const { claim } = (await (await fetch(`${url}/api/claims/${encodeURIComponent(top.id)}`)).json()) as ClaimAnswer;
    const statement = claim.statements.find((s) => s.stance === 'denies') ?? claim.statements[0];
    if (statement) {
      const query = new URLSearchParams({ statement: statement.statement, at: `${statement.start}-${statement.end}` });
      pages.splice(2, 0, { name: 'article', hash: `#/article/${encodeURIComponent(statement.article)}?${query}` });
    }
  }
  pages.push({ name: 'search', hash: `#/search?q=${encodeURIComponent('killed')}` });
  // The most-reported claim, stated again in its own words: a check with a result on any corpus.
  if (top) pages.push({ name: 'check', hash: `#/check?${new URLSearchParams({ claim: top.text })}` });
  pages.push({ name: 'watched', hash: '#/watch' });
  pages.push({ name: 'corrections', hash: '#/corrections' });
  return pages;
}

/** Opens a hash route and waits until the page has loaded its data. */
export async function openPage(page: Page, url: string, hash: string): Promise<void> {
  // Through a blank page: going from one hash route to another would not reload, and the old page's heading would satisfy the wait.
  await page.goto('about:blank');
  await page.goto(`${url}/${hash}`);
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.startsWith('Loading'));
}

/** Screenshots of every page at one viewport, named <page>-<viewport>.png; `full` adds whole-page shots. */
export async function screenshotPages(browser: Browser, url: string, dir: string, viewport: ViewportName, options: { full?: boolean } = {}): Promise<string[]> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const files: string[] = [];
  try {
    for (const { name, hash } of await appPages(url)) {
      await openPage(page, url, hash);
      const file = path.join(dir, `${name}-${viewport}.png`);
      await page.screenshot({ path: file });
      files.push(file);
      if (options.full) {
        const whole = path.join(dir, `${name}-${viewport}-full.png`);
        await page.screenshot({ path: whole, fullPage: true });
        files.push(whole);
      }
    }
  } finally {
    await context.close();
  }
  return files;
}
