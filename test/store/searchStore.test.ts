import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/Database.js';
import { saveArticle } from '../../src/store/saveArticle.js';
import { searchStore } from '../../src/store/searchStore.js';
import { articleFixture, articleInputFixture } from '../support/articleFixture.js';
import { testStores } from '../support/testStores.js';

const madeBy = { analyzerVersion: '1', storyReaderVersion: '5' };

// Published on successive days; the more often 'strike', the higher ts_rank scores it.
const reports = [
  { published: '2025-06-01', text: 'Strike on the bridge\n\nThe strike hit the bridge. A second strike followed. Then a third strike.' },
  { published: '2025-06-02', text: 'Bridge report\n\nOne strike was reported near the bridge.' },
  { published: '2025-06-03', text: 'Bridge report\n\nA strike, witnesses said. Another strike at dawn.' },
  { published: '2025-06-04', text: 'Bridge report\n\nA strike was reported.' },
];

for (const store of testStores()) {
  describe(`searchStore's ranking (${store.name})`, () => {
    let db: Database;
    const idOf = new Map<string, string>();
    beforeAll(async () => {
      db = await store.open();
      for (const { published, text } of reports) {
        const article = articleFixture(text);
        article.published = { ...article.published, value: published, earliest: published, latest: published };
        article.document.statements = [];
        await saveArticle(db, article, [], madeBy, articleInputFixture(article));
        idOf.set(article.id, published);
      }
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    const datesOf = (hits: { article: string }[]) => hits.map((hit) => idOf.get(hit.article));

    it('ranks every match when there are few: the article saying it most comes first', async () => {
      const { total, hits } = await searchStore(db, 'strike', { limit: 10, offset: 0 });
      expect(total).toBe(4);
      expect(datesOf(hits)[0]).toBe('2025-06-01');
    });

    it('ranks only the most recent articles of many matches, and gives the older ones after them', async () => {
      const { total, hits } = await searchStore(db, 'strike', { limit: 10, offset: 0 }, { rankedArticles: 2 });
      expect(total).toBe(4);
      // The two most recent, best first (06-03 says 'strike' twice), then the two older ones in id order.
      expect(datesOf(hits.slice(0, 2))).toEqual(['2025-06-03', '2025-06-04']);
      const older = hits.slice(2).map((hit) => hit.article);
      expect(older).toEqual([...older].sort());
      expect(new Set(datesOf(hits.slice(2)))).toEqual(new Set(['2025-06-01', '2025-06-02']));
    });

    it('pages through that order without repeating or losing a hit', async () => {
      const whole = await searchStore(db, 'strike', { limit: 10, offset: 0 }, { rankedArticles: 2 });
      const pages = await Promise.all([0, 1, 2, 3].map((offset) => searchStore(db, 'strike', { limit: 1, offset }, { rankedArticles: 2 })));
      expect(pages.flatMap((page) => page.hits.map((hit) => hit.article))).toEqual(whole.hits.map((hit) => hit.article));
      expect(pages.every((page) => page.total === 4)).toBe(true);
      expect(await searchStore(db, 'strike', { limit: 1, offset: 9 }, { rankedArticles: 2 })).toEqual({ total: 4, hits: [] });
    });
  });
}
