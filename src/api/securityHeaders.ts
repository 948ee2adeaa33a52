import type { MiddlewareHandler } from 'hono';

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
 * Refuses requests whose Host is not one this server answers to (when it
 * listens on loopback): a web page on another site whose name is made to
 * resolve to 127.0.0.1 (DNS rebinding) would otherwise read the API as if
 * it were same-origin. A write whose Origin is another site is refused too
 * (a form posted to 127.0.0.1 from any web page).
 */
export function checkOrigin(allowedHosts: readonly string[] | undefined): MiddlewareHandler {
  const allowed = allowedHosts ? new Set(allowedHosts.map((host) => host.toLowerCase())) : undefined;
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (allowed && host && !allowed.has(host)) {
      return c.json({ error: { status: 403, message: `this server does not answer to the host "${host}"; open it at ${[...allowed][0]}` } }, 403);
    }
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin && host && origin !== `http://${host}` && origin !== `https://${host}`) {
      return c.json({ error: { status: 403, message: `writes are accepted from this server's own pages only; got Origin ${origin}` } }, 403);
    }
    return next();
  };
}
