import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsBlocker } from './support/browser.js';
import { startApp, type AppUnderTest } from './support/fixture.js';
import { openPage } from './support/pages.js';

// Adding articles through the drop zone's file input, and article text that looks like markup staying text.
const blocker = browserTestsBlocker();
if (blocker) console.warn(`browser tests skipped: ${blocker}`);

const plainArticle = [
  'Border guards report quiet night at Telgrad crossing',
  '',
  'TELGRAD, April 9 - The commander of the border guard said on Tuesday that the crossing had stayed open all night.',
  '',
  '"Nobody was turned back," a guard told reporters.',
].join('\n');

const markupArticle = [
  'Militia says <script>window.__xss=1</script> commander alive',
  '',
  'HALVEK, April 2 - A spokesman for the Oren Valley Front said on Wednesday that Vasko Dren was alive <script>window.__xss=1</script>, contradicting earlier reports.',
  '',
  'The spokesman told reporters that a photograph <img src=x onerror="window.__xss=1"> showing the commander had been taken last week.',
].join('\n');

const agencyCopy = [
  'Raid in northwest Syria, officials say',
  '',
  'WASHINGTON, Oct 27, 2019 (Reuters) - The U.S. military carried out an operation in northwest Syria overnight, officials said on Sunday.',
  '',
  '"The operation was a success," a Pentagon spokesman told reporters.',
].join('\n');

/** The claim with a statement from the article whose text contains the words (an undated upload is on no timeline, so ask each claim). */
async function claimQuoting(url: string, article: string, words: string): Promise<string | undefined> {
  const story = (await (await fetch(`${url}/api/story`)).json()) as { claims: { id: string }[] };
  for (const { id } of story.claims) {
    const page = (await (await fetch(`${url}/api/claims/${encodeURIComponent(id)}/statements?article=${article}&limit=200`)).json()) as { items: { text: string }[] };
    if (page.items.some((s) => s.text.includes(words))) return id;
  }
  return undefined;
}

describe.skipIf(blocker !== null)('adding articles in the browser', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(async () => app?.close());

  test('a file chosen in the drop zone is analysed and appears in the list', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/articles');
    const before = await page.$$eval('.article-list li', (items) => items.length);
    await page.setInputFiles('.dropzone input[type=file]', { name: 'border-guards.txt', mimeType: 'text/plain', buffer: Buffer.from(plainArticle) });
    await page.waitForSelector('.upload-report a');
    expect(await page.textContent('.upload-report')).toContain('border-guards.txt');
    await page.waitForFunction((count) => document.querySelectorAll('.article-list li').length === count + 1, before);
    await page.click('.article-list a:has-text("Border guards report quiet night")');
    await page.waitForSelector('.article-text');
    expect(await page.textContent('.article-text')).toContain('Nobody was turned back');
    expect(errors).toEqual([]);
  });

  test("the form's outlet, URL and date go with the file, show in the list and the reader as given at upload, and are cleared after", async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/articles');
    await page.fill('.upload-fields input[name=outlet]', 'Harbour Gazette');
    await page.fill('.upload-fields input[name=url]', 'https://gazette.example/world/raid');
    await page.fill('.upload-fields input[name=published]', '2019-10-28');
    await page.setInputFiles('.dropzone input[type=file]', { name: 'raid.txt', mimeType: 'text/plain', buffer: Buffer.from(agencyCopy) });
    await page.waitForSelector('.upload-report a:has-text("raid.txt")');
    expect(await page.textContent('.upload-given')).toBe('Given for these files: Outlet Harbour Gazette · URL https://gazette.example/world/raid · Published 2019-10-28');
    expect(await page.inputValue('.upload-fields input[name=outlet]')).toBe('');
    const item = page.locator('.article-list li', { hasText: 'Raid in northwest Syria' });
    await item.waitFor();
    // The form's values win over the dateline's agency and day (Reuters, 27 Oct 2019).
    expect(await item.locator('p').textContent()).toMatch(/^Harbour Gazette · 28 Oct 2019 · /);
    await item.locator('a').click();
    await page.waitForSelector('.metadata');
    const metadata = (await page.textContent('.metadata'))!;
    expect(metadata).toContain('Harbour Gazette from upload');
    expect(metadata).toMatch(/2019-10-28\s+from upload/);
    expect(metadata).toContain('https://gazette.example/world/raid');
    expect(errors).toEqual([]);
  });

  test('an address that is not http(s) is caught before anything is sent; without the fields the dateline gives agency and day', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/articles');
    const sent: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/ingest') && sent.push(request.method()));
    const copy = agencyCopy.replace('Raid in', 'Second raid in');
    await page.fill('.upload-fields input[name=url]', 'ftp://gazette.example/raid');
    await page.setInputFiles('.dropzone input[type=file]', { name: 'second-raid.txt', mimeType: 'text/plain', buffer: Buffer.from(copy) });
    await page.waitForSelector('p.error');
    expect(await page.textContent('p.error')).toMatch(/^Upload failed: URL: .+ Nothing was sent\.$/);
    expect(sent).toEqual([]);
    await page.fill('.upload-fields input[name=url]', '');
    await page.setInputFiles('.dropzone input[type=file]', { name: 'second-raid.txt', mimeType: 'text/plain', buffer: Buffer.from(copy) });
    const item = page.locator('.article-list li', { hasText: 'Second raid in northwest Syria' });
    await item.waitFor();
    expect(await item.locator('p').textContent()).toMatch(/^Reuters · 27 Oct 2019 · /);
    expect(sent).toEqual(['POST']);
    expect(errors).toEqual([]);
  });

  test('a file dropped on the drop zone is stored; dropping it again says it is already there', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/articles');
    const drop = async () => {
      const dataTransfer = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
        return transfer;
      }, plainArticle.replace('Border guards', 'Harbour pilots'));
      await page.dispatchEvent('.dropzone', 'drop', { dataTransfer });
    };
    await drop();
    await page.waitForSelector('.upload-report a:has-text("dropped.txt")');
    await page.waitForSelector('.article-list a:has-text("Harbour pilots report quiet night")');
    await drop();
    await page.waitForSelector('.upload-report:has-text("already stored")');
    expect(errors).toEqual([]);
  });

  test('markup in an article shows as text and never runs: reader, claim page, search', async () => {
    const { page, errors } = await app.open();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await openPage(page, app.url, '#/articles');
    await page.setInputFiles('.dropzone input[type=file]', { name: 'markup.txt', mimeType: 'text/plain', buffer: Buffer.from(markupArticle) });
    const link = (await page.getAttribute('.upload-report a', 'href'))!;
    const articleId = decodeURIComponent(/#\/article\/([^?]+)/.exec(link)![1]);
    await page.click('.upload-report a');
    await page.waitForSelector('.article-text');
    const text = (await page.textContent('.article-text'))!;
    expect(text).toContain('<script>window.__xss=1</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.textContent('main h1')).toBe('Militia says <script>window.__xss=1</script> commander alive');
    expect(await page.$$('main script, main img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();

    // The statement carrying the markup, on its claim's page and in search results.
    await page.click('.statement-index a:has-text("onerror")');
    await page.waitForSelector('#target-statement');
    await openPage(page, app.url, '#/search?q=photograph');
    await page.waitForSelector(`.results a[href^="#/article/${articleId}"]`);
    const claimId = await claimQuoting(app.url, articleId, '<script>');
    expect(claimId).toBeDefined();
    await openPage(page, app.url, `#/claim/${encodeURIComponent(claimId!)}`);
    expect(await page.textContent('.stance-groups')).toContain('<script>window.__xss=1</script>');
    expect(await page.$$('main script, main img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
});
