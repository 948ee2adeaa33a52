import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleSummary, claimPage, claimSummary, page, searchResult, sourceMatrixPage, sourcePage, statementListItem, storyBoard, timelinePage,
} from '../../src/api/apiSchemas.js';
import { createApp } from '../../src/api/createApp.js';
import { articleRecord } from '../../src/record/articleRecord.js';
import type { Database } from '../../src/store/Database.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { testStores } from '../support/testStores.js';
import { expectError, getJson } from './requestJson.js';

const corpus = 'samples/corpus';

for (const store of testStores()) {
  describe(`the read routes of the API (${store.name})`, () => {
    let db: Database;
    let app: Hono;
    beforeAll(async () => {
      db = await store.open();
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
      app = createApp({ db });
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('GET /api/story: the corpus and every claim, most-reported first', async () => {
      const board = await getJson(app, '/api/story', storyBoard);
      expect(board.corpus).toMatchObject({ count: 14, first: '2025-03-10' });
      expect(board.claims[0]).toMatchObject({ id: 'dren.killed.1', status: 'refuted' });
      const counts = board.claims.map((claim) => claim.statementCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const { total } = await getJson(app, '/api/claims?limit=1', page(claimSummary));
      expect(board.claims).toHaveLength(total);
    });

    it('GET /api/claims pages with limit and offset', async () => {
      const first = await getJson(app, '/api/claims?limit=2', page(claimSummary));
      const second = await getJson(app, '/api/claims?limit=2&offset=2', page(claimSummary));
      expect(first.items).toHaveLength(2);
      expect(second.total).toBe(first.total);
      expect(second.items[0].id).not.toBe(first.items[1].id);
      const all = await getJson(app, '/api/claims', page(claimSummary));
      expect(all.items.slice(2, 4).map((c) => c.id)).toEqual(second.items.map((c) => c.id));
    });

    it.each(['limit=0', 'limit=201', 'limit=abc', 'limit=2.5', 'offset=-1', 'offset=x'])('GET /api/claims?%s is a 400 naming the parameter', async (query) => {
      const message = await expectError(app.request(`/api/claims?${query}`), 400);
      expect(message).toContain(query.split('=')[0]);
      expect(message).toContain(`got "${query.split('=')[1]}"`);
    });

    it('GET /api/claims/:id gives the claim with its relations and sources, 404 for an unknown id', async () => {
      const view = await getJson(app, '/api/claims/dren.killed.1', claimPage);
      expect(view.claim.id).toBe('dren.killed.1');
      expect(view.related.map((r) => r.id)).toContain('dren.alive.1');
      expect(view.sources.every((s) => s.claim === 'dren.killed.1')).toBe(true);
      expect(await expectError(app.request('/api/claims/nobody.killed.9'), 404)).toContain('nobody.killed.9');
    });

    it('GET /api/articles pages the articles; /api/articles/:id takes an id or a unique prefix, 404 otherwise', async () => {
      const list = await getJson(app, '/api/articles?limit=5&offset=10', page(articleSummary));
      expect(list.total).toBe(14);
      expect(list.items).toHaveLength(4);
      const id = list.items[0].id;
      const byId = await getJson(app, `/api/articles/${id}`, articleRecord);
      expect(byId.id).toBe(id);
      expect(byId.statements.length).toBe(list.items[0].statements);
      expect((await getJson(app, `/api/articles/${id.slice(0, 6)}`, articleRecord)).id).toBe(id);
      await expectError(app.request('/api/articles/ffffffffffff'), 404);
      await expectError(app.request('/api/articles?limit=500'), 400);
    });

    it('GET /api/statements filters by article and by part of the speaker name', async () => {
      const all = await getJson(app, '/api/statements?limit=200', page(statementListItem));
      expect(all.total).toBeGreaterThan(100);
      const byMarant = await getJson(app, '/api/statements?speaker=marant', page(statementListItem));
      expect(byMarant.total).toBeGreaterThan(0);
      expect(byMarant.items.every((s) => s.speaker === 'Ilko Marant')).toBe(true);
      const article = all.items[0].article;
      const inArticle = await getJson(app, `/api/statements?article=${article}&limit=200`, page(statementListItem));
      expect(inArticle.items.every((s) => s.article === article)).toBe(true);
      expect(inArticle.total).toBe(all.items.filter((s) => s.article === article).length);
      const hedged = all.items.find((s) => s.hedges.length);
      expect(hedged?.hedges.every((h) => typeof h === 'string')).toBe(true);
      expect((await getJson(app, '/api/statements?speaker=%25', page(statementListItem))).total).toBe(0);
    });

    it('GET /api/sources, /api/matrix and /api/timeline', async () => {
      const { items: sources, next } = await getJson(app, '/api/sources?limit=500', sourcePage);
      expect(sources.length).toBeGreaterThan(10);
      expect(next).toBeNull();
      const matrix = await getJson(app, '/api/matrix?limit=500', sourceMatrixPage);
      const counted = matrix.cells.reduce((sum, cell) => sum + Object.values(cell.stances).reduce((a, b) => a + b, 0), 0);
      expect(counted).toBe(sources.length);
      expect(new Set(matrix.speakers.map((s) => s.name))).toEqual(new Set(sources.map((s) => s.name)));
      const board = await getJson(app, '/api/story', storyBoard);
      expect(matrix.claims.map((c) => c.id)).toEqual(board.claims.map((c) => c.id));
      const timeline = await getJson(app, '/api/timeline', timelinePage);
      expect(timeline.reports.length).toBeGreaterThan(10);
      expect(timeline.events.length).toBeGreaterThan(0);
    });

    it('GET /api/search finds articles and statements, ranked, with the matched words as offsets into plain text', async () => {
      const result = await getJson(app, '/api/search?q=hospital%20wing&limit=20', page(searchResult));
      expect(result.total).toBeGreaterThan(2);
      expect(new Set(result.items.map((item) => item.kind))).toEqual(new Set(['article', 'statement']));
      for (const item of result.items) {
        expect(item.snippet.text).not.toMatch(/[\u0001\u0002]|<b>/);
        expect(item.snippet.highlights.length).toBeGreaterThan(0);
        for (const [start, end] of item.snippet.highlights) expect(item.snippet.text.slice(start, end)).toMatch(/^(hospital|wing)s?$/i);
        expect(item.kind === 'statement').toBe(item.statement !== undefined);
      }
      const next = await getJson(app, '/api/search?q=hospital%20wing&limit=20&offset=20', page(searchResult));
      expect(next.total).toBe(result.total);
      const past = await getJson(app, '/api/search?q=hospital%20wing&offset=1000', page(searchResult));
      expect(past).toEqual({ total: result.total, items: [] });
      expect((await getJson(app, '/api/search?q=%22no%20such%20phrase%20anywhere%22', page(searchResult))).total).toBe(0);
    });

    it('GET /api/search needs q', async () => {
      expect(await expectError(app.request('/api/search'), 400)).toMatch(/^q must be/);
      expect(await expectError(app.request('/api/search?q=%20%20'), 400)).toMatch(/^q must be/);
      expect(await expectError(app.request(`/api/search?q=${'x'.repeat(501)}`), 400)).toMatch(/500 characters/);
    });

    it('answers an unknown API route with a JSON 404', async () => {
      expect(await expectError(app.request('/api/nothing'), 404)).toContain('/openapi.json');
      expect(await expectError(app.request('/api/story', { method: 'DELETE' }), 404)).toContain('DELETE');
    });
  });
}
