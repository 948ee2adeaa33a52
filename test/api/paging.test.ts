import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { claimPage, claimStatementPage, sourceMatrixPage, sourcePage, timelinePage } from '../../src/api/apiSchemas.js';
import { createApp } from '../../src/api/createApp.js';
import { stances } from '../../src/model/vocabulary.js';
import { openStore } from '../../src/store/openStore.js';
import type { Database } from '../../src/store/Database.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { findClaim, readStoryRecord } from '../../src/usecases/readStory.js';
import { readClaimPage } from '../../src/usecases/readStoryPages.js';
import { readTimeline } from '../../src/usecases/readTimeline.js';
import { expectError, getJson } from './requestJson.js';

const corpus = 'samples/corpus';
const claim = 'dren.killed.1';

/** Every page of a list walked with `next`, `limit` at a time; the items in order, and how many pages. */
async function walk<S extends z.ZodType<{ next: string | null }>>(app: Hono, route: string, limit: number, schema: S, itemsOf: (page: z.infer<S>) => unknown[]) {
  const items: unknown[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const separator = route.includes('?') ? '&' : '?';
    const page: z.infer<S> = await getJson(app, `${route}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`, schema);
    expect(itemsOf(page).length).toBeLessThanOrEqual(limit);
    items.push(...itemsOf(page));
    cursor = page.next;
    pages++;
  } while (cursor !== null && pages < 1000);
  return { items, pages };
}

describe('the long lists of the API come a page at a time', () => {
  let db: Database;
  let app: Hono;
  beforeAll(async () => {
    db = await openStore('memory://');
    await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
    app = createApp({ db });
  });
  afterAll(async () => {
    await db.close();
  });

  it('the report clock: limit respected, the cursor walks every report once, by date then claim', async () => {
    const whole = await readTimeline(db);
    const first = await getJson(app, '/api/timeline?limit=7', timelinePage);
    expect(first.reports).toHaveLength(7);
    expect(first.total).toBe(whole.reports.length);
    expect(first.events).toEqual(whole.events);
    const { items, pages } = await walk(app, '/api/timeline', 7, timelinePage, (page) => page.reports);
    expect(pages).toBe(Math.ceil(whole.reports.length / 7));
    // readTimeline leaves the order of one claim's reports of one day to the sort; the set is the same.
    const key = (r: (typeof whole.reports)[number]) => JSON.stringify([r.date, r.claim, r.article, r.statement, r.stance, r.text]);
    const keys = (items as typeof whole.reports).map(key);
    expect([...keys].sort()).toEqual(whole.reports.map(key).sort());
    expect(new Set(keys).size).toBe(keys.length);
    const order = (items as typeof whole.reports).map((r) => `${r.date} ${r.claim}`);
    expect(order).toEqual([...order].sort());
    expect((await getJson(app, '/api/timeline', timelinePage)).reports.length).toBe(Math.min(500, whole.reports.length));
  });

  it('the sources: every source once, as the story record has them, with its first echoes and how many', async () => {
    const record = await readStoryRecord(db);
    const { items } = await walk(app, '/api/sources', 9, sourcePage, (page) => page.items);
    const sources = items as z.infer<typeof sourcePage>['items'];
    expect(sources.map((s) => s.id)).toEqual(record.sources.map((s) => s.id));
    for (const [i, source] of sources.entries()) {
      expect(source.echoes).toBe(record.sources[i].statements.length);
      expect(source.statements).toEqual(record.sources[i].statements.slice(0, 10));
    }
    const echoed = record.sources[0].statements[0];
    const holding = await getJson(app, `/api/sources?article=${echoed.article}&statement=${echoed.statement}`, sourcePage);
    expect(holding.items.map((s) => s.id)).toContain(record.sources[0].id);
    expect(await expectError(app.request('/api/sources?article=abc'), 400)).toMatch(/article and statement go together/);
  });

  it('the matrix: every speaker once, each page with its own cells and every claim', async () => {
    const { items } = await walk(app, '/api/matrix', 4, sourceMatrixPage, (page) => page.speakers);
    const whole = await getJson(app, '/api/matrix?limit=500', sourceMatrixPage);
    expect(whole.next).toBeNull();
    expect(items).toEqual(whole.speakers);
    const page = await getJson(app, '/api/matrix?limit=4&cursor=4', sourceMatrixPage);
    const names = new Set(page.speakers.map((s) => s.name));
    expect(page.cells.every((cell) => names.has(cell.speaker))).toBe(true);
    expect(page.cells).toEqual(whole.cells.filter((cell) => names.has(cell.speaker)));
    expect(page.claims).toEqual(whole.claims);
  });

  it("a claim: the first statements of each stance, counts per stance and outlet, and every statement once through the stance's cursor", async () => {
    const full = await findClaim(db, claim);
    const view = await getJson(app, `/api/claims/${claim}?limit=3`, claimPage);
    expect(view.summary.statements).toBe(full.claim.statements.length);
    expect(view.summary.sources).toBe(full.sources.length);
    expect(view.summary.outlets.reduce((sum, o) => sum + o.statements, 0)).toBe(full.claim.statements.length);
    for (const stance of stances) {
      const all = full.claim.statements.filter((s) => s.stance === stance);
      expect(view.summary.stances[stance]).toBe(all.length);
      const shown = view.claim.statements.filter((s) => s.stance === stance);
      expect(shown.length).toBe(Math.min(3, all.length));
      expect(view.next.statements[stance]).toBe(all.length > 3 ? '3' : null);
      const { items } = await walk(app, `/api/claims/${claim}/statements?stance=${stance}`, 2, claimStatementPage, (page) => page.items);
      const key = (s: { article: string; statement: string; trigger: { start: number } }) => `${s.article}/${s.statement}/${s.trigger.start}`;
      expect((items as typeof all).map(key).sort()).toEqual(all.map(key).sort());
      expect(new Set((items as typeof all).map(key)).size).toBe(items.length);
      expect(items.slice(0, shown.length)).toEqual(shown);
    }
    const { items: sources } = await walk(app, `/api/claims/${claim}/sources`, 2, sourcePage, (page) => page.items);
    expect((sources as { id: string }[]).map((s) => s.id).sort()).toEqual(full.sources.map((s) => s.id).sort());
    const one = full.claim.statements[0];
    const inArticle = await getJson(app, `/api/claims/${claim}/statements?article=${one.article}`, claimStatementPage);
    expect(inArticle.items.every((s) => s.article === one.article)).toBe(true);
    expect(inArticle.items.map((s) => s.statement)).toContain(one.statement);
  });

  it.each([
    ['/api/timeline?limit=0', /^limit must be a whole number from 1 to 2000; got "0"$/],
    ['/api/timeline?limit=2001', /^limit must be a whole number from 1 to 2000; got "2001"$/],
    ['/api/sources?limit=abc', /^limit must be a whole number from 1 to 500; got "abc"$/],
    ['/api/matrix?cursor=-3', /^cursor must be the `next` of the previous page.*; got "-3"$/],
    [`/api/claims/${claim}?limit=201`, /^limit must be a whole number from 1 to 200; got "201"$/],
    [`/api/claims/${claim}/statements?stance=maybe`, /^stance must be one of asserts, denies, doubts, reports; got "maybe"$/],
    [`/api/claims/${claim}/sources?cursor=1.5`, /^cursor must be/],
  ])('%s is a 400 that says what was expected', async (route, message) => {
    expect(await expectError(app.request(route), 400)).toMatch(message);
  });

  it('a cursor past the end is an empty last page; an unknown claim a 404', async () => {
    const past = await getJson(app, '/api/timeline?cursor=999999', timelinePage);
    expect(past.reports).toEqual([]);
    expect(past.next).toBeNull();
    await expectError(app.request('/api/claims/nobody.killed.9/statements'), 404);
    await expectError(app.request('/api/claims/nobody.killed.9/sources'), 404);
  });

  it("a claim's page reads its own subject's rows, not the whole story's, so it need not wait for the server's index", async () => {
    const [{ subjects }] = await db.query<{ subjects: number }>('SELECT count(DISTINCT subject)::int AS subjects FROM derived_items');
    expect(subjects).toBeGreaterThan(1);
    const [{ subject }] = await db.query<{ subject: string }>('SELECT subject FROM claims WHERE id = $1', [claim]);
    // The same store seen through a handle that notes every query: a fresh handle, so nothing is cached yet.
    const read: { sql: string; params: unknown[] }[] = [];
    const noting = new Proxy(db, {
      get(target, key) {
        if (key === 'query') return (sql: string, params: unknown[] = []) => (read.push({ sql, params }), target.query(sql, params));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const page = await readClaimPage(noting, claim, 5);
    expect(page.claim.id).toBe(claim);
    const rowsRead = read.filter((query) => /derived_items/.test(query.sql));
    expect(rowsRead.length).toBeGreaterThan(0);
    expect(rowsRead.map((query) => query.params[0])).toEqual(rowsRead.map(() => subject));
  });
});
