import { afterAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/store/Database.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { checkAnalyzerVersion, describeStaleAnalysis } from '../../src/usecases/checkAnalyzerVersion.js';
import { reanalyzeArticles } from '../../src/usecases/reanalyzeArticles.js';
import { testStores } from '../support/testStores.js';

const annotations = (db: Queryable, id: string) =>
  Promise.all([
    db.query('SELECT * FROM articles WHERE id = $1', [id]),
    db.query('SELECT * FROM statements WHERE article_id = $1 ORDER BY ordinal', [id]),
    db.query('SELECT * FROM story_members WHERE article_id = $1 ORDER BY ordinal', [id]),
  ]);

for (const store of testStores()) {
  describe(`reanalyzeArticles (${store.name})`, () => {
    afterAll(() => store.dispose());

    it('leaves an article that fails as it was, names it, and redoes the rest', async () => {
      const db = await store.open();
      try {
        const summary = await analyzeSources(db, { paths: ['samples/corpus/text', 'samples/corpus/html'] });
        expect(summary.failed).toEqual([]);
        const ids = (await db.query<{ id: string }>('SELECT id FROM articles ORDER BY id')).map((row) => row.id);
        await db.query(`UPDATE articles SET analyzer_version = '0'`);
        expect(describeStaleAnalysis(await checkAnalyzerVersion(db))).toMatch(new RegExp(`^${ids.length} of ${ids.length} articles were analysed by an older version of corroborate \\(0; now `));

        // An input that no longer yields an article: only markup debris.
        const broken = ids[0];
        await db.query(`UPDATE article_inputs SET format = 'html', content = '<html><body><p><<<>>></p></body></html>' WHERE article_id = $1`, [broken]);
        const before = await annotations(db, broken);

        const result = await reanalyzeArticles(db);
        expect(result.couldNotRedo).toEqual([{ id: broken, source: expect.any(String), reason: expect.stringContaining('no article text found') }]);
        expect(result.redone).toEqual(ids.slice(1));
        expect(await annotations(db, broken)).toEqual(before);
        expect(await checkAnalyzerVersion(db)).toMatchObject({ stale: 1, total: ids.length, staleVersions: ['0'] });
        expect(describeStaleAnalysis(await checkAnalyzerVersion(db))).toMatch(/^1 of \d+ articles was analysed/);
      } finally {
        await db.close();
      }
    }, 300_000);
  });
}
