import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { errorResponse } from './apiError.js';

/**
 * Every request, static files included, must carry the token: as
 * `Authorization: Bearer <token>` (scripts) or as the `token` cookie that
 * visiting `/?token=<token>` once sets (a browser cannot add headers to the
 * page it navigates to). Both sides are hashed before the constant-time
 * comparison, so neither the token's length nor its prefix leaks through timing.
 * The cookie is HttpOnly and SameSite=Strict: page scripts cannot read it and
 * other sites cannot make the browser send it (no cross-site ingest).
 */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  const matches = (given: string | undefined) => given !== undefined && timingSafeEqual(digest(given), expected);
  return async (c, next) => {
    const fromQuery = c.req.query('token');
    if (fromQuery !== undefined && c.req.method === 'GET' && !c.req.path.startsWith('/api/')) {
      if (!matches(fromQuery)) return errorResponse(c, 401, 'the token in the address is not the one this server was started with');
      setCookie(c, 'token', fromQuery, { httpOnly: true, sameSite: 'Strict', path: '/' });
      // Always to '/', never to the requested path: '//other.site' would make this an open redirect.
      return c.redirect('/', 303);
    }
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (matches(bearer) || matches(getCookie(c, 'token'))) return next();
    c.header('WWW-Authenticate', 'Bearer');
    return errorResponse(c, 401, 'this server needs its token: send "Authorization: Bearer <token>", or open /?token=<token> once in the browser');
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
