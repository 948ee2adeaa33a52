import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsBlocker, screenshotDir } from './support/browser.js';
import { inViewport, joinedText, startApp, type AppUnderTest } from './support/fixture.js';
import { appPages, openPage, screenshotPages } from './support/pages.js';

// The web app in Debian's Chromium over `corroborate serve` and the sample corpus.
const blocker = browserTestsBlocker();
if (blocker) console.warn(`browser tests skipped: ${blocker}`);

interface Story {
  claims: { id: string; text: string; statementCount: number }[];
}

interface CheckAnswer {
  checks: {
    status: string;
    articles: { article: { title: string | null }; stance: string; confidence: number; evidence: { words: string[] }[] }[];
    matches: { id: string }[];
  }[];
}

async function checkByApi(url: string, claim: string): Promise<CheckAnswer['checks'][number]> {
  const answer = await fetch(`${url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ claim }) });
  return ((await answer.json()) as CheckAnswer).checks[0];
}

describe.skipIf(blocker !== null)('web app on the sample corpus', () => {
  let app: AppUnderTest;
  let story: Story;
  beforeAll(async () => {
    app = await startApp();
    story = (await (await fetch(`${app.url}/api/story`)).json()) as Story;
  }, 180_000);
  afterAll(async () => app?.close());

  test('the story board lists the claims, most-reported first, with status and stance bar', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/');
    const rows = await page.$$eval('.claim-row', (items) => items.map((item) => ({
      text: item.querySelector('.claim-link')?.textContent,
      status: item.querySelector('.status')?.textContent,
      bar: item.querySelectorAll('.stance-seg').length,
    })));
    expect(story.claims.length).toBeGreaterThan(3);
    expect(rows.map((row) => row.text)).toEqual(story.claims.map((claim) => claim.text));
    expect(rows[0].status).toMatch(/claimed|disputed|corroborated|refuted|unverified/);
    expect(rows.every((row) => row.bar > 0)).toBe(true);
    expect(await page.textContent('.lede')).toMatch(/14 articles from 8 outlets/);
    expect(errors).toEqual([]);
  });

  test('a claim opens with its status chart, statements by stance and related claims', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/');
    await page.click('.claim-row .claim-link');
    await page.waitForSelector('.status-chart svg');
    expect(page.url()).toContain(`#/claim/${story.claims[0].id}`);
    expect(await page.textContent('main h1')).toBe(story.claims[0].text);
    const statements = await page.$$eval('.statement', (items) => items.length);
    expect(statements).toBe(story.claims[0].statementCount);
    expect(await page.$$eval('.stance-group h3', (items) => items.map((h) => h.textContent))).toContainEqual(expect.stringMatching(/Asserted by/));
    // Each quote marks the words its claim was read from ('killed' in '... may have killed Vasko Dren'), as text.
    const triggers = await page.$$eval('.statement a.quote mark.trigger', (marks) => marks.map((m) => m.textContent ?? ''));
    expect(triggers.length).toBeGreaterThan(0);
    expect(triggers.every((words) => words.trim().length > 0)).toBe(true);
    const related = await page.$$eval('.related-item a', (links) => links.map((a) => a.getAttribute('href')));
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((href) => href?.startsWith('#/claim/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a statement on the claim page leads to its sentence, highlighted and scrolled to, in the article', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, `#/claim/${encodeURIComponent(story.claims[0].id)}`);
    // A denial late in its article, so that reaching it takes a scroll.
    const quote = page.locator('.border-denies .statement a.quote').last();
    const expected = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    await page.waitForSelector('#target-statement');
    expect(page.url()).toMatch(/#\/article\/[0-9a-f]+\?statement=/);
    expect(await joinedText(page, '.article-text .hl-target')).toBe(expected);
    expect(await inViewport(page, '#target-statement')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('target-statement');
    // The reader also shows how each piece of metadata was found, and the boilerplate it removed, folded.
    expect(await page.textContent('.metadata')).toMatch(/Outlet.*from (manifest|jsonl|html-meta|signature|url-host)/s);
    expect(errors).toEqual([]);
  });

  test('the reader folds the removed boilerplate, each block with the reason it was removed', async () => {
    const list = (await (await fetch(`${app.url}/api/articles?limit=100`)).json()) as { items: { id: string }[] };
    let withBoilerplate: { id: string; removed: { reason: string; text: string }[] } | undefined;
    for (const { id } of list.items) {
      const article = (await (await fetch(`${app.url}/api/articles/${id}`)).json()) as { id: string; removed: { reason: string; text: string }[] };
      if (article.removed.length > 0) {
        withBoilerplate = article;
        break;
      }
    }
    expect(withBoilerplate).toBeDefined();
    const { page, errors } = await app.open();
    await openPage(page, app.url, `#/article/${withBoilerplate!.id}`);
    expect(await page.$eval('details.removed', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click('details.removed summary');
    expect(await page.textContent('details.removed li:first-child .reason')).toBe(withBoilerplate!.removed[0].reason);
    expect(await page.isVisible('details.removed li:first-child .removed-text')).toBe(true);
    expect(errors).toEqual([]);
  });

  test("'/' focuses the search box; results mark the words and lead to the statement", async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('hospital');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.results .result');
    expect(page.url()).toContain('#/search?q=hospital');
    const marks = await page.$$eval('.results mark', (items) => items.map((m) => m.textContent?.toLowerCase()));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark?.startsWith('hospital'))).toBe(true);
    const statementHit = page.locator('.result-statement a.result-title').first();
    if ((await statementHit.count()) > 0) {
      await statementHit.click();
      await page.waitForSelector('#target-statement');
    }
    expect(errors).toEqual([]);
  });

  test('the timeline and the matrix link each mark to its statement or claim; Tab reaches them', async () => {
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/timeline');
    const dots = await page.$$eval('.tl-strip a', (links) => links.map((a) => a.getAttribute('href')));
    expect(dots.some((href) => /^#\/article\/.+\?statement=/.test(href ?? ''))).toBe(true);
    await page.focus('.timeline-body');
    const before = await page.textContent('.hint');
    await page.keyboard.press('+');
    expect(await page.textContent('.hint')).not.toBe(before);
    // An outlet's own assertion is not in the article's statement list: the reader finds it through the claim.
    await page.keyboard.press('0');
    await page.click('.tl-strip a[href*="statement=o"]');
    await page.waitForSelector('#target-statement');
    expect((await joinedText(page, '.article-text .hl-target')).length).toBeGreaterThan(10);
    const fresh = (await app.open()).page;
    await openPage(fresh, app.url, '#/matrix');
    expect(await fresh.$$eval('.matrix tbody tr', (rows) => rows.length)).toBeGreaterThan(3);
    expect(await fresh.$$eval('.matrix .cell-mark', (marks) => marks.length)).toBeGreaterThan(3);
    // The first Tab lands on the skip link, the next ones on the header's links.
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.tagName)).toBe('A');
    expect(errors).toEqual([]);
  });

  test('a claim typed on the story board is checked: each article with its stance, its sentences and the words that decided them', async () => {
    const claim = 'Vasko Dren was killed';
    const expected = await checkByApi(app.url, claim);
    expect(expected.articles.length).toBeGreaterThan(2);
    const { page, errors } = await app.open();
    await openPage(page, app.url, '#/');
    await page.fill('#check-claim-compact', claim);
    await page.press('#check-claim-compact', 'Enter');
    await page.waitForSelector('.check-article');
    expect(page.url()).toContain('#/check?claim=Vasko+Dren+was+killed');
    expect(await page.textContent('.check-result h2')).toBe(claim);
    expect(await page.textContent('.check-result .lede .status')).toContain(expected.status);
    const cards = await page.$$eval('.check-article', (items) => items.map((item) => ({
      title: item.querySelector('h3')?.textContent,
      stance: item.querySelector('.check-article-stance .stance-label')?.textContent?.trim(),
      sentences: item.querySelectorAll('.evidence-item').length,
    })));
    expect(cards).toEqual(expected.articles.map((a) => ({
      title: a.article.title ?? 'Untitled article', stance: `${a.stance} ${a.confidence.toFixed(2)}`, sentences: a.evidence.length,
    })));
    // Each sentence says what decided it and leads to itself in the article; the deciding words are marked in it.
    const decided = await page.$$eval('.evidence-item .decided-by', (items) => items.map((item) => item.textContent ?? ''));
    expect(decided.length).toBe(expected.articles.reduce((n, a) => n + a.evidence.length, 0));
    expect(decided.every((how) => /^(model [01]\.\d\d|rule \S+)$/.test(how))).toBe(true);
    const quotes = await page.$$eval('.evidence-item a.quote', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(quotes.every((link) => /^#\/article\/[0-9a-f]+\?statement=[so]\d+/.test(link))).toBe(true);
    const words = new Set(expected.articles.flatMap((a) => a.evidence.flatMap((e) => e.words.map((w) => w.toLowerCase()))));
    const marked = await page.$$eval('.evidence-item mark.trigger', (marks) => marks.map((m) => (m.textContent ?? '').toLowerCase()));
    expect(marked.length > 0).toBe(words.size > 0);
    expect(marked.filter((word) => !words.has(word))).toEqual([]);
    const matches = await page.$$eval('.check-matches a', (links) => links.map((a) => a.getAttribute('href')));
    expect(matches).toEqual(expected.matches.map((m) => `#/claim/${encodeURIComponent(m.id)}`));
    expect(errors).toEqual([]);
  });

  test('"Watch this claim" opens the watched claim\'s page, its sentences lead to the article, and the Watched page lists and removes it', async () => {
    const claim = 'Vasko Dren survived the strike';
    const expected = await checkByApi(app.url, claim);
    const { page, errors } = await app.open();
    await openPage(page, app.url, `#/check?${new URLSearchParams({ claim })}`);
    await page.click('button:has-text("Watch this claim")');
    await page.waitForURL(/#\/watch\/.+/);
    await page.waitForSelector('main h1');
    await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.startsWith('Loading'));
    expect(await page.textContent('main h1')).toBe(claim);
    expect(await page.$$eval('.check-article', (items) => items.length)).toBe(expected.articles.length);
    const id = decodeURIComponent(page.url().split('#/watch/')[1]);
    // The first sentence opens in the reader, its statement highlighted: the quote is the whole sentence the judge
    // read (speaker, cue and content), the reader marks the statement's content inside it.
    const quote = page.locator('.evidence-item a.quote').first();
    const sentence = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    await page.waitForSelector('#target-statement');
    const highlighted = await joinedText(page, '.article-text .hl-target');
    expect(highlighted.length).toBeGreaterThan(0);
    expect(sentence).toContain(highlighted);
    await page.click('nav a:has-text("Watched")');
    await page.waitForSelector('.watch-row');
    const rows = await page.$$eval('.watch-row', (items) => items.map((item) => ({
      text: item.querySelector('.claim-link')?.textContent, href: item.querySelector('.claim-link')?.getAttribute('href'),
      status: item.querySelector('.status')?.textContent, meta: item.querySelector('.claim-row-meta')?.textContent,
    })));
    expect(rows).toEqual([{ text: claim, href: `#/watch/${encodeURIComponent(id)}`, status: expect.stringContaining(expected.status), meta: expect.stringContaining(`${expected.articles.length} article`) }]);
    await page.click('.watch-row button.remove');
    await page.waitForSelector('main .empty');
    expect(((await (await fetch(`${app.url}/api/watch`)).json()) as { total: number }).total).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a claim with markup in it is shown as text, never run as HTML', async () => {
    const claim = 'Vasko Dren <img src=x onerror="window.hacked=1"> was <b>killed</b>';
    const { page, errors } = await app.open();
    await openPage(page, app.url, `#/check?${new URLSearchParams({ claim })}`);
    await page.waitForSelector('.check-result h2');
    expect(await page.textContent('.check-result h2')).toBe(claim);
    expect(await page.$$eval('main img, main b', (elements) => elements.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('no page is wider than a 375 px phone screen', async () => {
    const { page, errors } = await app.open('phone');
    await page.setViewportSize({ width: 375, height: 740 });
    const wide: string[] = [];
    for (const { name, hash } of await appPages(app.url)) {
      await openPage(page, app.url, hash);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) wide.push(`${name}: ${width} px`);
    }
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('screenshots of every page, laptop and phone', async () => {
    const dir = screenshotDir();
    const files = [
      ...(await screenshotPages(app.browser, app.url, dir, 'laptop')),
      ...(await screenshotPages(app.browser, app.url, dir, 'phone')),
    ];
    console.log(`browser test screenshots: ${dir}`);
    expect(files.length).toBeGreaterThanOrEqual(14);
  });
});
