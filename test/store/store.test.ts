import { afterAll, describe, expect, it } from 'vitest';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { migrate } from '../../src/store/migrate.js';
import { listArticleSummaries, loadArticleRecord } from '../../src/store/loadArticles.js';
import { saveArticle } from '../../src/store/saveArticle.js';
import { articleFixture, articleInputFixture } from '../support/articleFixture.js';
import { testStores } from '../support/testStores.js';

const madeBy = { analyzerVersion: '1', storyReaderVersion: '5' };

for (const store of testStores()) {
  describe(`store on ${store.name}`, () => {
    afterAll(() => store.dispose());

    it('applies the migrations once, then finds nothing new to apply', async () => {
      const db = await store.open();
      try {
        expect(await migrate(db)).toEqual([]);
        const versions = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        expect(versions.map((row) => row.version)).toContain(1);
      } finally {
        await db.close();
      }
    });

    it('stores an article with its annotations and gives back the same record', async () => {
      const db = await store.open();
      try {
        const article = articleFixture();
        expect(await saveArticle(db, article, [], madeBy, articleInputFixture(article))).toBe('stored');
        expect(await loadArticleRecord(db, article.id)).toEqual(toArticleRecord(article));
        expect(await saveArticle(db, article, [], madeBy, articleInputFixture(article))).toBe('duplicate');
        const summaries = await listArticleSummaries(db);
        expect(summaries.filter((row) => row.id === article.id)).toEqual([
          { id: article.id, title: 'Ministry says commander killed', outlet: 'Fixture Post', published: '2025-06-02', source: 'fixture.txt', statements: 1 },
        ]);
      } finally {
        await db.close();
      }
    });

    it('writes nothing of an article whose annotations cannot be stored', async () => {
      const db = await store.open();
      try {
        const article = articleFixture('Another report\n\n"He was killed on May 28," the ministry said on Thursday.');
        // PostgreSQL refuses NUL in text: the statements insert fails after the article row was written.
        article.document.statements[0].cue.text = 'sa\u0000id';
        await expect(saveArticle(db, article, [], madeBy, articleInputFixture(article))).rejects.toThrow();
        expect(await loadArticleRecord(db, article.id)).toBeNull();
        const [{ count }] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM entities WHERE article_id = $1', [article.id]);
        expect(count).toBe(0);
      } finally {
        await db.close();
      }
    });
  });
}
