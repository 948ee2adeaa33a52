import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsBlocker } from './support/browser.js';
import { startApp, type AppUnderTest } from './support/fixture.js';
import { openPage } from './support/pages.js';

// Corrections by hand in the web app, over `corroborate serve` and the sample corpus: the controls, the marks, undo, the log.
const blocker = browserTestsBlocker();
if (blocker) console.warn(`browser tests skipped: ${blocker}`);

interface Story {
  claims: { id: string; statementCount: number }[];
}
interface ClaimAnswer {
  claim: { id: string; statements: { article: string; statement: string; text: string; stance: string; speaker: string; corrections?: { kind: string }[] }[] };
}
interface LogAnswer {
  items: { id: number; by: string; note: string; target: { kind: string }; undone_at: string | null }[];
}

const getJson = async <T,>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const claimOf = (url: string, id: string) => getJson<ClaimAnswer>(`${url}/api/claims/${encodeURIComponent(id)}`);

/** The statement on the page whose quote is these words. */
const statementQuoting = (page: Page, text: string) => page.locator('.statement').filter({ has: page.locator('a.quote', { hasText: text }) }).first();

/** Waits until the claim page shows `count` statements (after a correction the form closes, then the page reloads or follows its claim). */
async function statementsShown(page: Page, count: number): Promise<void> {
  await page.waitForSelector('.correct-form', { state: 'detached', timeout: 30_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}\nthe form says: ${await page.locator('.correct-form [role="alert"]').allTextContents()}`);
  });
  await page.waitForFunction((n) => document.querySelectorAll('main .statement').length === n, count);
}

describe.skipIf(blocker !== null)('corrections by hand in the web app', () => {
  let app: AppUnderTest;
  let story: Story;
  beforeAll(async () => {
    app = await startApp();
    story = await getJson<Story>(`${app.url}/api/story`);
  }, 180_000);
  afterAll(async () => app?.close());

  test('re-stances a statement, merges two claims, shows "corrected by hand", undoes one from the log', async () => {
    const { page, errors } = await app.open();
    const top = story.claims[0];
    // Another claim with the same subject and predicate ('dren.killed.3' beside 'dren.killed.1'): the merge a journalist would make.
    const [subject, predicate] = top.id.split('.');
    const other = story.claims.find((c) => c.id !== top.id && c.id.startsWith(`${subject}.${predicate}.`))!;
    expect(other, 'a second claim of the same subject and predicate').toBeDefined();
    const before = (await claimOf(app.url, top.id)).claim;
    const asserted = before.statements.find((s) => s.stance === 'asserts')!;
    await openPage(page, app.url, `#/claim/${encodeURIComponent(top.id)}`);

    // Re-stance: the statement's own 'correct' button, opened and closed from the keyboard first.
    const statement = statementQuoting(page, asserted.text);
    const button = statement.locator('.correct-button');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.correct-form');
    expect(await page.evaluate(() => document.activeElement?.closest('.correct-form') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.correct-form', { state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await button.click();
    const form = page.locator('.correct-form');
    await form.getByLabel('Stance').selectOption('denies');
    await form.getByLabel(/^Why/).fill('the whole paragraph denies it');
    // The first correction asks for the name; it is kept in the browser, and the next forms sign with it.
    await form.getByLabel(/^Your name/).fill('Ana Reyes');
    await form.getByRole('button', { name: 'Save correction' }).click();
    const restanced = page.locator('.border-denies .statement').filter({ has: page.locator('a.quote', { hasText: asserted.text }) });
    await restanced.first().waitFor();
    const mark = restanced.first().locator('details.corrected');
    expect(await mark.locator('summary').textContent()).toContain('corrected by hand');
    expect(await mark.locator('summary').getAttribute('title')).toMatch(/stance set by Ana Reyes, .*UTC: the whole paragraph denies it/);
    const byApi = (await claimOf(app.url, top.id)).claim.statements.find((s) => s.article === asserted.article && s.statement === asserted.statement)!;
    expect(byApi.stance).toBe('denies');

    // Merge: the claim's own 'correct' button, the other claim picked by its id from the list.
    await page.locator('.page-head .correct-button').click();
    await form.getByLabel('Correct', { exact: true }).selectOption('merge');
    await form.getByLabel('The claim that says the same').fill(other.id);
    await form.getByLabel(/^Why/).fill('the same death');
    expect(await form.getByLabel(/^Your name/).count()).toBe(0);
    expect(await form.locator('.correct-actions').textContent()).toContain('as Ana Reyes');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await statementsShown(page, top.statementCount + other.statementCount);
    const after = await getJson<Story>(`${app.url}/api/story`);
    expect(after.claims.some((c) => c.id === other.id)).toBe(false);
    const merged = (await claimOf(app.url, decodeURIComponent(page.url().split('#/claim/')[1]))).claim;
    expect(merged.statements).toHaveLength(top.statementCount + other.statementCount);
    expect(merged.statements.filter((s) => s.article === asserted.article && s.statement === asserted.statement)).toHaveLength(1);
    const headMark = page.locator('.page-head details.corrected');
    await headMark.locator('summary').click();
    expect(await headMark.locator('li').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringMatching(/^claims merged by Ana Reyes, .*: the same death/),
      expect.stringMatching(/^stance set by Ana Reyes/),
    ]));

    // The story board flags the merged claim.
    await openPage(page, app.url, '#/');
    const row = page.locator('.claim-row').filter({ has: page.locator(`a.claim-link[href="#/claim/${encodeURIComponent(merged.id)}"]`) });
    expect(await row.locator('.corrected-flag').textContent()).toContain('corrected by hand');
    expect(await page.locator('.corrected-flag').count()).toBe(1);
    await openPage(page, app.url, `#/claim/${encodeURIComponent(merged.id)}`);

    // The log, from the header: both, newest first, in force; undo the stance there.
    await page.getByRole('link', { name: 'Corrections' }).click();
    await page.waitForSelector('.correction-log');
    expect(await page.textContent('.name-setting')).toContain('signed Ana Reyes');
    const entries = page.locator('.correction');
    expect(await entries.locator('.correction-kind').allTextContents()).toEqual(['claims merged', 'stance set']);
    expect(await entries.locator('.correction-state').allTextContents()).toEqual([expect.stringContaining('in force'), expect.stringContaining('in force')]);
    expect(await entries.nth(1).locator('.correction-what').textContent()).toContain(asserted.text.slice(0, 40));
    await entries.nth(1).getByRole('button', { name: /^Undo/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.correction.undone').length === 1);
    expect(await entries.nth(1).locator('.correction-state').textContent()).toMatch(/^undone by Ana Reyes, /);
    expect(await entries.nth(0).locator('.correction-state').textContent()).toContain('in force');

    const log = await getJson<LogAnswer>(`${app.url}/api/corrections`);
    expect(log.items.map((c) => [c.target.kind, c.by, c.undone_at === null])).toEqual([['stance', 'Ana Reyes', false], ['merge', 'Ana Reyes', true]]);
    // Back on the claim: the statement asserts again, without a mark of its own; the merge still holds.
    await openPage(page, app.url, `#/claim/${encodeURIComponent(merged.id)}`);
    const back = page.locator('.border-asserts .statement').filter({ has: page.locator('a.quote', { hasText: asserted.text }) }).first();
    expect(await back.count()).toBe(1);
    expect(await back.locator('details.corrected').count()).toBe(0);
    expect(await page.locator('.page-head details.corrected summary').textContent()).toContain('corrected by hand');
    expect(errors).toEqual([]);
  }, 120_000);
});
