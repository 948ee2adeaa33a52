import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './apiError.js';

/** A request's JSON body checked against its schema; a 400 names what is wrong and what was expected ('claim: must not be empty; expected {"claim": ...}'). */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T, expected: string): Promise<z.infer<T>> {
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
