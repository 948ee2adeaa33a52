import type { MiddlewareHandler } from 'hono';
import { hasUnstorableCharacter } from '../ingest/storableText.js';
import { printable } from '../model/printable.js';
import { errorResponse } from './apiError.js';

/**
 * Every path segment and query parameter must decode to text the store can
 * take: strict percent-decoding ('%ZZ' and '%C3%28', which is not UTF-8, are
 * refused; hono would pass them on undecoded) and no NUL ('/api/articles/%00'
 * or '?speaker=%00', which PostgreSQL refuses in text). Checked once here, so
 * no route answers a 500 for what is the caller's mistake.
 */
export const refuseMalformedUrl: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  const problem = pathProblem(url.pathname) ?? queryProblem(url.search.slice(1));
  if (problem) return errorResponse(c, 400, problem);
  await next();
};

function decodeStrictly(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function pathProblem(pathname: string): string | null {
  for (const segment of pathname.split('/')) {
    const decoded = decodeStrictly(segment);
    if (decoded === null) return `the path segment "${printable(segment)}" is not valid percent-encoded UTF-8; expected %XX escapes of UTF-8 bytes`;
    if (hasUnstorableCharacter(decoded)) return `the path segment "${printable(segment)}" contains a NUL character; expected an id or a name`;
  }
  return null;
}

function queryProblem(search: string): string | null {
  if (!search) return null;
  for (const pair of search.split('&')) {
    const [rawName, rawValue = ''] = pair.split(/=(.*)/s, 2);
    const name = decodeStrictly(rawName.replace(/\+/g, ' '));
    const value = decodeStrictly(rawValue.replace(/\+/g, ' '));
    const shown = printable(name ?? rawName);
    if (name === null || value === null) return `the query parameter "${shown}" is not valid percent-encoded UTF-8 (got "${printable(pair)}"); expected %XX escapes of UTF-8 bytes`;
    if (hasUnstorableCharacter(name) || hasUnstorableCharacter(value)) return `the query parameter "${shown}" contains a NUL character, which no parameter can hold`;
  }
  return null;
}
