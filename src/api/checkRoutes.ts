import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Database } from '../store/Database.js';
import { checkClaims } from '../usecases/checkClaims.js';
import { listWatchedClaims, readWatchedClaim, unwatchClaim, watchClaim, WatchedClaimNotFound, WatchIdTaken } from '../usecases/watchClaims.js';
import { ApiError } from './apiError.js';
import { checkRequest, watchRequest } from './apiSchemas.js';

async function readJson<T extends z.ZodType>(c: Context, schema: T, expected: string): Promise<z.infer<T>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (error) {
    throw new ApiError(400, `the body is not JSON (${(error as Error).message}); expected ${expected}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(400, `${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}; expected ${expected}`);
  return parsed.data;
}

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
      const body = await readJson(c, checkRequest, '{"claim": "..."} or {"claims": [{"claim": "...", "id"?: "..."}]}');
      const claims = 'claims' in body ? body.claims : [{ claim: body.claim, id: body.id ?? null }];
      return c.json(await checkClaims(db, claims));
    })
    .get('/watch', async (c) => {
      const items = await listWatchedClaims(db);
      return c.json({ total: items.length, items });
    })
    .post('/watch', async (c) => {
      const body = await readJson(c, watchRequest, '{"claim": "...", "id"?: "..."}');
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
