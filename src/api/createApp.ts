import { Hono } from 'hono';
import { defaultMaxArticleBytes } from '../ingest/readSources.js';
import type { Database } from '../store/Database.js';
import { IngestJobs } from '../usecases/IngestJobs.js';
import { AnalysisPool, defaultArticleBudgetSeconds, defaultThreads } from '../workers/AnalysisPool.js';
import { errorResponse, handleError } from './apiError.js';
import { articleRoutes } from './articleRoutes.js';
import { checkRoutes } from './checkRoutes.js';
import { correctionRoutes } from './correctionRoutes.js';
import { exportRoutes } from './exportRoutes.js';
import { ingestRoutes } from './ingestRoutes.js';
import { openApiDocument } from './openApiDocument.js';
import { refuseMalformedUrl } from './refuseMalformedUrl.js';
import { requireToken } from './requireToken.js';
import { checkOrigin, securityHeaders } from './securityHeaders.js';
import { storyRoutes } from './storyRoutes.js';
import { serveWebBundle, type WebBundle } from './webBundle.js';

export interface AppOptions {
  db: Database;
  /** When set, every request must carry it (see requireToken). */
  token?: string;
  /** The built web app, or null to serve the API only. */
  web?: WebBundle | null;
  /** Answer only requests addressed to a loopback name (the server listens on loopback; see checkOrigin). */
  loopbackHostsOnly?: boolean;
  maxArticleBytes?: number;
  maxRequestBytes?: number;
  /** Where uploads are analysed; by default a pool of `threads` threads with `articleBudgetSeconds`, started on the first upload. */
  pool?: AnalysisPool;
  threads?: number;
  articleBudgetSeconds?: number;
}

export const defaultMaxRequestBytes = 50 * 1024 * 1024;

/**
 * The HTTP shell: middleware in the order a request meets it (headers on
 * every answer, then the host check, then the token, so a refused request
 * learns nothing, then the check that the URL decodes to storable text), the API routes, the OpenAPI document and the web app.
 * Routes only parse input, call a use case and return its JSON.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', checkOrigin(options.loopbackHostsOnly ?? false));
  if (options.token) app.use('*', requireToken(options.token));
  app.use('*', refuseMalformedUrl);

  const document = openApiDocument();
  app.get('/openapi.json', (c) => c.json(document));
  app.route('/api', storyRoutes(options.db));
  app.route('/api', articleRoutes(options.db));
  app.route('/api', checkRoutes(options.db));
  app.route('/api', exportRoutes(options.db));
  app.route('/api', correctionRoutes(options.db));
  let pool = options.pool;
  const poolForUploads = () =>
    (pool ??= new AnalysisPool({
      threads: options.threads ?? defaultThreads,
      articleBudgetMs: (options.articleBudgetSeconds ?? defaultArticleBudgetSeconds) * 1000,
    }));
  app.route(
    '/api',
    ingestRoutes(new IngestJobs(options.db, poolForUploads), {
      maxArticleBytes: options.maxArticleBytes ?? defaultMaxArticleBytes,
      maxRequestBytes: options.maxRequestBytes ?? defaultMaxRequestBytes,
    }),
  );
  app.use('*', serveWebBundle(options.web ?? null));

  app.notFound((c) =>
    errorResponse(c, 404, c.req.path.startsWith('/api') ? `no such API route: ${c.req.method} ${c.req.path}; the routes are listed at /openapi.json` : `not found: ${c.req.path}`),
  );
  app.onError(handleError);
  return app;
}
