import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

export interface WebFile {
  body: Uint8Array;
  type: string;
}

/** The built web app, URL path -> file ('/index.html', '/assets/index-3f2a.js'). */
export type WebBundle = ReadonlyMap<string, WebFile>;

/** dist/web/ of this package, wherever the command is run from. */
export const defaultWebFolder = fileURLToPath(new URL('../../dist/web', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Reads the whole bundle into memory at startup, so that serving it never
 * turns a request path into a file path (no traversal, no symlink surprises).
 * The bundle is a few hundred kilobytes. A missing folder gives null: the
 * server still runs the API and says at / how to build the app.
 */
export async function loadWebBundle(folder: string = defaultWebFolder): Promise<WebBundle | null> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, recursive: true });
  } catch {
    return null;
  }
  const files = new Map<string, WebFile>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(folder, full).split(path.sep).join('/')}`;
    files.set(urlPath, { body: await readFile(full), type: contentTypes[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream' });
  }
  return files.has('/index.html') ? files : null;
}

const notBuilt =
  'corroborate: the web app is not built, so only the API is served.\n\n' +
  'Build it with `npm run build` (it writes dist/web/), then restart `corroborate serve`.\n' +
  'The API is under /api/ and described at /openapi.json.\n';

/** '/assets/x.js' is a missing file; '/claims/dren.killed.1' is a route of the app (claim ids have dots). */
function looksLikeAsset(urlPath: string): boolean {
  const extension = /\.[a-z0-9]+$/i.exec(urlPath)?.[0].toLowerCase();
  return extension !== undefined && extension !== '.html' && extension in contentTypes;
}

/**
 * GET and HEAD outside /api: a file of the bundle, or index.html for any
 * other path, so the app's own routes (/claims/x) load the app. A missing
 * script or style is a 404, not HTML served as a script.
 */
export function serveWebBundle(bundle: WebBundle | null): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    if (!bundle) return c.req.path === '/' || c.req.path === '/index.html' ? c.text(notBuilt) : next();
    const exact = bundle.get(c.req.path);
    const file = exact ?? (looksLikeAsset(c.req.path) ? undefined : bundle.get('/index.html'));
    if (!file) return next();
    // Vite names assets by content hash, so they never change; index.html must be fetched again to see a new build.
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('Content-Type', file.type);
    return c.body(file.body as Uint8Array<ArrayBuffer>);
  };
}
