import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/Database.js';
import { vacuumWhenGrown } from '../../src/store/vacuumWhenGrown.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { testStores } from '../support/testStores.js';

const corpus = 'samples/corpus';
// The sample corpus is 14 articles: thresholds scaled down to it (the real ones wait for 500).
const small = { growthShare: 0.1, minimumGrowth: 10 };

for (const store of testStores()) {
  describe(`vacuuming a store that grew (${store.name})`, () => {
    let db: Database;
    const articleStatistics = async () =>
      (await db.query<{ tuples: number; vacuumed: boolean }>(
        `SELECT c.reltuples::int AS tuples, s.last_vacuum IS NOT NULL AS vacuumed
         FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = 'articles'::regclass`,
      ))[0];
    beforeAll(async () => {
      db = await store.open();
      // analyze itself leaves a store of 14 alone: under the real thresholds. The server needs no articles to be left alone.
      if (store.name === 'pglite') await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
    }, 300_000);
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    if (store.name === 'pglite') {
      it('gathers the planner’s statistics and vacuums once the embedded store has grown, then waits for the next growth', async () => {
        expect(await vacuumWhenGrown(db)).toBe(false);
        expect((await articleStatistics()).tuples).toBeLessThan(1);
        expect(await vacuumWhenGrown(db, small)).toBe(true);
        expect(await articleStatistics()).toEqual({ tuples: 14, vacuumed: true });
        expect(await vacuumWhenGrown(db, small)).toBe(false);
      });
    } else {
      it('leaves a PostgreSQL server to its autovacuum', async () => {
        expect(await vacuumWhenGrown(db, small)).toBe(false);
      });
    }
  });
}
