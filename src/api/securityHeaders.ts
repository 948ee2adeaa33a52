import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './apiError.js';

/**
 * Headers on every response. The content security policy allows scripts only
 * from the server's own files (no inline script, no eval), so article text
 * that slips into the page as markup still cannot run. Inline styles are
 * allowed: they cannot run code and the web app's components set them.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', contentSecurityPolicy);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
};

/**
 * Refuses requests whose Host is not a loopback name (when the server
 * listens on loopback only): a web page on another site whose name is made
 * to resolve to 127.0.0.1 (DNS rebinding) would otherwise read the API as if
 * it were same-origin. Any port is accepted, so a development proxy on
 * localhost:5173 works. A write whose Origin is another site than the Host
 * is refused too (a form posted to 127.0.0.1 from any web page).
 */
export function checkOrigin(loopbackHostsOnly: boolean): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (loopbackHostsOnly && host && !isLoopbackHost(host)) {
      return errorResponse(c, 403, `this server answers to loopback names only (127.0.0.1, localhost); got the host "${host}"`);
    }
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin && host && origin !== `http://${host}` && origin !== `https://${host}`) {
      return errorResponse(c, 403, `writes are accepted from this server's own pages only; got Origin ${origin}`);
    }
    return next();
  };
}

/** 'localhost:4173', '127.0.0.1', '[::1]:4173' */
function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}
