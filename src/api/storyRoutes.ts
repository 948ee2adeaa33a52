import { Hono } from 'hono';
import type { Database } from '../store/Database.js';
import { listClaims } from '../usecases/readStory.js';
import { readStoryBoard } from '../usecases/readStoryBoard.js';
import { readClaimPage, readClaimSources, readClaimStatements, readMatrixPage, readSourcePage, readTimelinePage } from '../usecases/readStoryPages.js';
import {
  claimQuery, claimSourceQuery, claimStatementQuery, matrixQuery, pageQuery, parseQuery, sourceQuery, timelineQuery,
} from './queryParams.js';

/**
 * The story across articles: the board, claims, sources, the sources × claims
 * matrix and the two clocks. The long lists come a page at a time (`limit`,
 * `cursor`), so no answer grows with the store.
 */
export function storyRoutes(db: Database): Hono {
  return new Hono()
    .get('/story', async (c) => c.json(await readStoryBoard(db)))
    .get('/claims', async (c) => {
      const { total, claims } = await listClaims(db, parseQuery(c, pageQuery));
      return c.json({ total, items: claims });
    })
    .get('/claims/:id', async (c) => c.json(await readClaimPage(db, c.req.param('id'), parseQuery(c, claimQuery).limit)))
    .get('/claims/:id/statements', async (c) => c.json(await readClaimStatements(db, c.req.param('id'), parseQuery(c, claimStatementQuery))))
    .get('/claims/:id/sources', async (c) => c.json(await readClaimSources(db, c.req.param('id'), parseQuery(c, claimSourceQuery))))
    .get('/sources', async (c) => c.json(await readSourcePage(db, parseQuery(c, sourceQuery))))
    .get('/matrix', async (c) => c.json(await readMatrixPage(db, parseQuery(c, matrixQuery))))
    .get('/timeline', async (c) => c.json(await readTimelinePage(db, parseQuery(c, timelineQuery))));
}
