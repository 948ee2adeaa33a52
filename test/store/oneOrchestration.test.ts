import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/model/articleRecord.js';
import type { Database } from '../../src/store/Database.js';
import { loadArticleRecord } from '../../src/store/loadArticles.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { readStory } from '../../src/usecases/readStory.js';
import { testStores } from '../support/testStores.js';

const corpus = 'samples/corpus';

/**
 * Relating has one orchestration: the story the store holds after analyze
 * (relateStory: members loaded per subject, relateSubject, saved) is the
 * story relateArticles gives in memory from the same records, claim by
 * claim and member by member, in the same order.
 */
for (const store of testStores()) {
  describe(`the story through the store and in memory (${store.name})`, () => {
    let db: Database;
    let records: ArticleRecord[];
    beforeAll(async () => {
      db = await store.open();
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
      const ids = await db.query<{ id: string }>('SELECT id FROM articles ORDER BY id');
      records = (await Promise.all(ids.map(({ id }) => loadArticleRecord(db, id)))).filter((r): r is ArticleRecord => r !== null);
    }, 300_000);
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('is the same story, members in the same order', async () => {
      expect(records.length).toBe(14);
      const stored = await readStory(db);
      const inMemory = relateArticles(records);
      expect(stored.claims.map((c) => c.id)).toEqual(inMemory.claims.map((c) => c.id));
      expect(stored.claims.map((c) => c.members.map((m) => `${m.ref.articleId}/${m.ref.statementId}`))).toEqual(
        inMemory.claims.map((c) => c.members.map((m) => `${m.ref.articleId}/${m.ref.statementId}`)),
      );
      expect(JSON.parse(JSON.stringify(stored))).toEqual(JSON.parse(JSON.stringify(inMemory)));
    });
  });
}
