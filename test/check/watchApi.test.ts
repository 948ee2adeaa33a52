import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestJob, page } from '../../src/api/apiSchemas.js';
import { checkReport, checkResultRecord, watchedClaimRecord } from '../../src/model/checkRecord.js';
import { createApp } from '../../src/api/createApp.js';
import type { Database } from '../../src/store/Database.js';
import { testStores } from '../support/testStores.js';
import { expectError, getJson } from '../api/requestJson.js';
import { assertingReport, denyingReport, unrelatedReport, watchedClaim } from './watchFixtures.js';

function post(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Pastes an article through the API and waits for its job, as the web app does. */
async function paste(app: Hono, text: string, published: string): Promise<void> {
  const response = await app.request('/api/ingest', post({ text, published }));
  expect(response.status).toBe(202);
  const job = ingestJob.parse(await response.json());
  for (;;) {
    const now = await getJson(app, `/api/ingest/jobs/${job.id}`, ingestJob);
    if (now.status === 'finished') {
      expect(now.stored).toHaveLength(1);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const store of testStores()) {
  describe(`checking and watching claims through the API (${store.name})`, () => {
    let db: Database;
    let app: Hono;
    beforeAll(async () => {
      db = await store.open();
      app = createApp({ db, threads: 1 });
      await paste(app, assertingReport, '2025-04-02');
      await paste(app, unrelatedReport, '2025-04-04');
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('checks a stated claim: the article that bears on it with its evidence, not the unrelated one', async () => {
      const response = await app.request('/api/check', post({ claim: watchedClaim, id: 'halvek-hit' }));
      expect(response.status).toBe(200);
      const [check] = checkReport.parse(await response.json()).checks;
      expect(check.id).toBe('halvek-hit');
      expect(check.articles.map((a) => a.article.title)).toEqual(['Missile hits Halvek hospital, ministry says']);
      // The outlet relays the ministry: the article asserts or reports it (FNC-1's 'agree' or 'discuss'), the ministry asserts it.
      expect(['asserts', 'reports']).toContain(check.articles[0].stance);
      expect(check.articles[0].evidence.some((e) => e.speaker !== null && e.stance === 'asserts')).toBe(true);
      expect(check.status).toBe('claimed');
    });

    it('sees a watched claim contested once an article that denies it is stored', async () => {
      const added = await app.request('/api/watch', post({ claim: watchedClaim }));
      expect(added.status).toBe(201);
      const watched = watchedClaimRecord.parse(await added.json());
      expect(added.headers.get('location')).toBe(`/api/watch/${watched.id}`);
      expect(watched).toMatchObject({ claim: watchedClaim, status: 'claimed', articles: 1 });

      await paste(app, denyingReport, '2025-04-03');
      const page1 = await getJson(app, `/api/watch/${watched.id}`, checkResultRecord);
      // Contested from the day of the denial (refuted when the ministry and the minister count as two sides).
      const contested = page1.status;
      expect(['disputed', 'refuted']).toContain(contested);
      expect(page1.status_history.map((change) => [change.as_of, change.status])).toEqual([['2025-04-02', 'claimed'], ['2025-04-03', contested]]);
      const denying = page1.articles.find((a) => a.article.title?.startsWith('Lessaria denies'));
      expect(denying?.evidence.find((e) => e.speaker === 'Lessarian Interior Ministry')).toMatchObject({ stance: 'denies', rule: 'deny-verb', words: ['denied'] });
      const list = await getJson(app, '/api/watch', page(watchedClaimRecord));
      expect(list.items.map((w) => [w.id, w.status, w.articles])).toEqual([[watched.id, contested, 2]]);
    });

    it('refuses an empty claim, a taken id, and an unknown watched claim; removes one', async () => {
      expect(await expectError(app.request('/api/check', post({ claim: '  ' })), 400)).toContain('the claim is empty');
      await app.request('/api/watch', post({ claim: 'Another claim about Halvek', id: 'other' }));
      expect(await expectError(app.request('/api/watch', post({ claim: 'Again', id: 'other' })), 409)).toContain("already has the id 'other'");
      expect((await app.request('/api/watch/other', { method: 'DELETE' })).status).toBe(204);
      expect(await expectError(app.request('/api/watch/other'), 404)).toContain("no watched claim 'other'");
      expect(await expectError(app.request('/api/watch/other', { method: 'DELETE' }), 404)).toContain("no watched claim 'other'");
    });
  });
}
