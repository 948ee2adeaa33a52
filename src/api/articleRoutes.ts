import { Hono } from 'hono';
import type { Database } from '../store/Database.js';
import { listStatements } from '../store/listStatements.js';
import { findArticle, listArticles } from '../usecases/findArticle.js';
import { readCorpusSpanOnce } from '../usecases/readStoryBoard.js';
import { searchStory } from '../usecases/searchStory.js';
import { pageQuery, parseQuery, searchQuery, statementQuery } from './queryParams.js';

/** Articles, their statements, and full-text search over both. */
export function articleRoutes(db: Database): Hono {
  return new Hono()
    .get('/articles', async (c) => {
      const page = parseQuery(c, pageQuery);
      const [items, corpus] = await Promise.all([listArticles(db, page), readCorpusSpanOnce(db)]);
      return c.json({ total: corpus.count, items });
    })
    .get('/articles/:id', async (c) => c.json(await findArticle(db, c.req.param('id'))))
    .get('/statements', async (c) => c.json(await listStatements(db, parseQuery(c, statementQuery))))
    .get('/search', async (c) => {
      const { q, ...page } = parseQuery(c, searchQuery);
      return c.json(await searchStory(db, q, page));
    });
}
