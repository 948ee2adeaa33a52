import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import { openApiDocument } from '../../src/api/openApiDocument.js';
import { exportFormats } from '../../src/model/exportFormats.js';
import type { Database } from '../../src/store/Database.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { testStores } from '../support/testStores.js';

const corpus = 'samples/corpus';

/** Every GET route of the OpenAPI document, its path parameters filled with ids the store holds. */
function getUrls(ids: { article: string; claim: string; job: string; watched: string }): string[] {
  const paths = openApiDocument().paths as Record<string, { get?: unknown }>;
  return Object.entries(paths)
    .filter(([, item]) => item.get)
    .map(([route]) => route.replace('/api/articles/{id}', `/api/articles/${ids.article}`).replace('/api/claims/{id}', `/api/claims/${ids.claim}`).replace('/api/ingest/jobs/{id}', `/api/ingest/jobs/${ids.job}`).replace('/api/watch/{id}', `/api/watch/${ids.watched}`))
    .map((url) => (url === '/api/search' ? `${url}?q=dren` : url))
    // Every export format, each read from the same stale story.
    .flatMap((url) => (url === '/api/export/{format}' ? exportFormats.map((format) => `/api/export/${format}`) : [url]));
}

/** Row count and a checksum of every row, per table of the store's schema: any insert, update or delete changes one of them. */
async function snapshot(db: Database): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ rows: number; sum: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
    );
    sums[name] = `${row.rows} rows, md5 ${row.sum}`;
  }
  return sums;
}

for (const store of testStores()) {
  describe(`a GET never writes (${store.name})`, () => {
    let db: Database;
    let app: Hono;
    let job: string;
    beforeAll(async () => {
      db = await store.open();
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
      app = createApp({ db });
      // An upload job to read back (an article already stored), finished before the story is made stale.
      const form = new FormData();
      form.append('files', new File([await readFile(path.join(corpus, 'text', 'northwind-highly-likely.txt'))], 'again.txt'));
      job = ((await (await app.request('/api/ingest', { method: 'POST', body: form })).json()) as { id: string }).id;
      while (((await (await app.request(`/api/ingest/jobs/${job}`)).json()) as { status: string }).status !== 'finished') await new Promise((resolve) => setTimeout(resolve, 50));
      // A watched claim, checked against the store when added: reading its page must not check again.
      await app.request('/api/watch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ claim: 'Vasko Dren was killed', id: 'dren-killed' }) });
      // A stale story, as an older version or a run killed before relating leaves it: a reader that related would write here.
      await db.query("UPDATE story_meta SET value = 'an older reader' WHERE key = 'reader_version'");
      await db.query("UPDATE articles SET story_reader = 'an older reader' WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 3)");
      await db.query("UPDATE story_subjects SET version = version + 1 WHERE subject = 'dren'");
    }, 300_000);
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('answers every GET route of the OpenAPI document and leaves every table as it was', async () => {
      const [article] = await db.query<{ id: string }>('SELECT id FROM articles ORDER BY id LIMIT 1');
      const urls = getUrls({ article: article.id, claim: 'dren.killed.1', job, watched: 'dren-killed' });
      expect(urls).toEqual(expect.arrayContaining(['/api/story', '/api/claims', '/api/sources', '/api/matrix', '/api/timeline', '/openapi.json']));
      const before = await snapshot(db);
      expect(Object.keys(before)).toEqual(expect.arrayContaining(['articles', 'story_members', 'story_subjects', 'claims', 'story_meta', 'watch_checks']));
      const statuses: string[] = [];
      for (const url of urls) statuses.push(`${url} ${(await app.request(url)).status}`);
      expect(statuses).toEqual(urls.map((url) => `${url} 200`));
      expect(await snapshot(db)).toEqual(before);
    }, 300_000);

    it('says on the story board that the story is stale, rather than relating it', async () => {
      const board = (await (await app.request('/api/story')).json()) as { stale: boolean };
      expect(board.stale).toBe(true);
    });
  });
}
