import { Hono } from 'hono';
import type { Database } from '../store/Database.js';
import { addCorrection, CorrectionRefused, CorrectionTargetNotFound, listCorrectionLog, undoCorrection } from '../usecases/correctStory.js';
import { ApiError } from './apiError.js';
import { readJsonBody } from './readJsonBody.js';
import { correctionRequest, undoRequest } from './apiSchemas.js';

/** The corrections' own "not there" and "cannot" are the caller's to fix. */
async function asRequestError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CorrectionTargetNotFound) throw new ApiError(404, error.message);
    if (error instanceof CorrectionRefused) throw new ApiError(error.conflict ? 409 : 400, error.message);
    throw error;
  }
}

const correctionBody = '{"change": {"kind": "stance", "statement": {"article": "...", "statement": "s3"}, "stance": "denies"}, "note": "...", "by": "your name"}';

/**
 * Corrections by hand: the log, a new correction, and undoing one. Writes go
 * through the same token and origin checks as every other write.
 */
export function correctionRoutes(db: Database): Hono {
  return new Hono()
    .get('/corrections', async (c) => {
      const items = await listCorrectionLog(db);
      return c.json({ total: items.length, items });
    })
    .post('/corrections', async (c) => {
      const body = await readJsonBody(c, correctionRequest, correctionBody);
      const { correction, story } = await asRequestError(() => addCorrection(db, body));
      c.header('Location', `/api/corrections/${correction.id}`);
      return c.json({ correction, story: { reread: story.reread, derived: story.derived } }, 201);
    })
    .post('/corrections/:id/undo', async (c) => {
      const id = c.req.param('id');
      if (!/^[1-9]\d{0,15}$/u.test(id)) throw new ApiError(400, `a correction id is a whole number, as GET /api/corrections lists them; got "${id.slice(0, 40)}"`);
      const body = await readJsonBody(c, undoRequest, '{"by": "your name"}');
      const { correction, story } = await asRequestError(() => undoCorrection(db, Number(id), body.by));
      return c.json({ correction, story: { reread: story.reread, derived: story.derived } });
    });
}
