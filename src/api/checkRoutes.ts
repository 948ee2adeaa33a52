import { Hono } from 'hono';
import type { Database } from '../store/Database.js';
import { checkClaims } from '../usecases/checkClaims.js';
import { listWatchedClaims, readWatchedClaim, unwatchClaim, watchClaim, WatchedClaimNotFound, WatchIdTaken } from '../usecases/watchClaims.js';
import { ApiError } from './apiError.js';
import { readJsonBody } from './readJsonBody.js';
import { checkRequest, watchRequest } from './apiSchemas.js';

/** The watch list's own "not found" and "taken" are the caller's to fix. */
async function asRequestError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WatchedClaimNotFound) throw new ApiError(404, error.message);
    if (error instanceof WatchIdTaken) throw new ApiError(409, error.message);
    throw error;
  }
}

/** Checking stated claims against the store, and the watch list (each stored article is checked against it). */
export function checkRoutes(db: Database): Hono {
  return new Hono()
    .post('/check', async (c) => {
      const body = await readJsonBody(c, checkRequest, '{"claim": "..."} or {"claims": [{"claim": "...", "id"?: "..."}]}');
      const claims = 'claims' in body ? body.claims : [{ claim: body.claim, id: body.id ?? null }];
      return c.json(await checkClaims(db, claims));
    })
    .get('/watch', async (c) => {
      const items = await listWatchedClaims(db);
      return c.json({ total: items.length, items });
    })
    .post('/watch', async (c) => {
      const body = await readJsonBody(c, watchRequest, '{"claim": "...", "id"?: "..."}');
      const { watched, added } = await asRequestError(() => watchClaim(db, body.claim, body.id ?? null));
      c.header('Location', `/api/watch/${encodeURIComponent(watched.id)}`);
      return c.json(watched, added ? 201 : 200);
    })
    .get('/watch/:id', async (c) => c.json(await asRequestError(() => readWatchedClaim(db, c.req.param('id')))))
    .delete('/watch/:id', async (c) => {
      await asRequestError(() => unwatchClaim(db, c.req.param('id')));
      return c.body(null, 204);
    });
}
