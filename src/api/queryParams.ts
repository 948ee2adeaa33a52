import type { Context } from 'hono';
import { z } from 'zod';
import { stances } from '../model/vocabulary.js';
import { ApiError } from './apiError.js';

export const maxPageSize = 200;

/** A whole number in a range, given as a query string; the message says what was expected. */
function wholeNumber(name: string, min: number, max: number, fallback: number) {
  const expected = `${name} must be a whole number from ${min} to ${max === Infinity ? 'up' : max}`;
  return z.coerce
    .number({ error: expected })
    .int({ error: expected })
    .min(min, { error: expected })
    .max(max, { error: expected })
    .default(fallback);
}

export const pageQuery = z.object({
  limit: wholeNumber('limit', 1, maxPageSize, 50),
  offset: wholeNumber('offset', 0, Number.MAX_SAFE_INTEGER, 0),
});

/** Where a page starts, as the previous page's `next` gave it: a position, written as text so clients pass it back untouched. */
const cursor = z
  .string()
  .regex(/^\d{1,15}$/, { error: "cursor must be the `next` of the previous page (a whole number, as text); leave it out for the first page" })
  .transform(Number)
  .optional();

/**
 * `limit` and `cursor` for the lists that are walked page after page (the
 * report clock, the sources, the matrix's rows, a claim's statements):
 * `{ limit, offset }` for the use case, the first page without a cursor.
 */
export function cursorQuery(max: number, fallback: number) {
  return z.object({ limit: wholeNumber('limit', 1, max, fallback), cursor }).transform(({ limit, cursor: offset }) => ({ limit, offset: offset ?? 0 }));
}

export const timelineQuery = cursorQuery(2000, 500);
const articleId = z.string().trim().min(1).max(64, { error: 'article must be an article id (at most 64 characters)' });
export const sourceQuery = z
  .object({
    limit: wholeNumber('limit', 1, 500, 100),
    cursor,
    article: articleId.optional(),
    statement: z.string().trim().min(1).max(32, { error: "statement must be a statement id ('s3')" }).optional(),
  })
  .refine((q) => (q.article === undefined) === (q.statement === undefined), { error: 'article and statement go together: the sources that echo that statement' })
  .transform(({ limit, cursor: offset, article, statement }) => ({ limit, offset: offset ?? 0, ...(article && statement ? { echoing: { article, statement } } : {}) }));
export const matrixQuery = cursorQuery(500, 100);
export const claimSourceQuery = cursorQuery(maxPageSize, 50);
export const claimQuery = z.object({ limit: wholeNumber('limit', 1, maxPageSize, 50) });
export const claimStatementQuery = z
  .object({
    limit: wholeNumber('limit', 1, maxPageSize, 50),
    cursor,
    stance: z.enum(stances, { error: `stance must be one of ${stances.join(', ')}` }).optional(),
    article: articleId.optional(),
  })
  .transform(({ limit, cursor: offset, stance, article }) => ({ limit, offset: offset ?? 0, ...(stance ? { stance } : {}), ...(article ? { article } : {}) }));

export const statementQuery = pageQuery.extend({
  article: z.string().trim().min(1).max(64, { error: 'article must be an article id or the start of one (at most 64 characters)' }).optional(),
  speaker: z.string().trim().min(1).max(200, { error: 'speaker must be the start of words of a name (at most 200 characters)' }).optional(),
});

export const searchQuery = pageQuery.extend({
  q: z
    .string({ error: 'q must be the words to search for, as in a search box: dren killed, "hospital wing" -video' })
    .trim()
    .min(1, { error: 'q must be the words to search for, as in a search box: dren killed, "hospital wing" -video' })
    .max(500, { error: 'q must be at most 500 characters' }),
});

/** Parses the query string with a schema; a bad value is a 400 naming the parameter, what was expected and what came. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const raw = c.req.query();
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    return name in raw ? `${issue.message}; got ${JSON.stringify(raw[name])}` : issue.message;
  });
  throw new ApiError(400, messages.join('; '));
}
