import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { printable } from '../model/printable.js';
import { ArticleNotFound } from '../usecases/findArticle.js';
import { ClaimNotFound } from '../usecases/readStory.js';
import { StoreUnavailableError } from '../store/Database.js';

/** A request the API refuses, with the status and a message for the caller. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Every error leaves as `{ "error": { "status": 404, "message": "..." } }`. */
export function errorResponse(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ error: { status, message } }, status);
}

/**
 * Maps the core's domain errors to HTTP statuses. An unexpected error is
 * logged and answered with a generic 500, so no stack or SQL reaches the client.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return errorResponse(c, error.status, error.message);
  if (error instanceof ArticleNotFound || error instanceof ClaimNotFound) return errorResponse(c, 404, error.message);
  // The database went away and did not come back within the store's retry window; the log names it, the client retries.
  if (error instanceof StoreUnavailableError) {
    process.stderr.write(`corroborate serve: ${c.req.method} ${c.req.path}: ${error.message}\n`);
    c.header('Retry-After', '5');
    return errorResponse(c, 503, 'the database is not answering; try again in a few seconds');
  }
  if (error instanceof HTTPException) return errorResponse(c, error.status as ContentfulStatusCode, error.message || defaultMessage(error.status));
  // The path and message are the caller's text: escaped, so '%0Aforged' cannot start a log line of its own.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  process.stderr.write(`${[`corroborate serve: ${printable(c.req.method)} ${printable(c.req.path)} failed: ${printable(error.message)}`, ...frames].join('\n')}\n`);
  return errorResponse(c, 500, 'the server failed to answer this request; the error is in its log');
}

function defaultMessage(status: number): string {
  return status === 413 ? 'the request is too large' : `request refused (${status})`;
}
