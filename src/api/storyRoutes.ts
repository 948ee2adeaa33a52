import { Hono } from 'hono';
import type { Database } from '../store/Database.js';
import { buildSourceMatrix } from '../usecases/buildSourceMatrix.js';
import { findClaim, listClaims, readStoryRecord } from '../usecases/readStory.js';
import { readStoryBoard } from '../usecases/readStoryBoard.js';
import { readTimeline } from '../usecases/readTimeline.js';
import { pageQuery, parseQuery } from './queryParams.js';

/** The story across articles: the board, claims, sources, the sources × claims matrix and the two clocks. */
export function storyRoutes(db: Database): Hono {
  return new Hono()
    .get('/story', async (c) => c.json(await readStoryBoard(db)))
    .get('/claims', async (c) => {
      const { total, claims } = await listClaims(db, parseQuery(c, pageQuery));
      return c.json({ total, items: claims });
    })
    .get('/claims/:id', async (c) => c.json(await findClaim(db, c.req.param('id'))))
    .get('/sources', async (c) => c.json({ items: (await readStoryRecord(db)).sources }))
    .get('/matrix', async (c) => c.json(buildSourceMatrix(await readStoryRecord(db))))
    .get('/timeline', async (c) => c.json(await readTimeline(db)));
}
