import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import type { Database } from '../store/Database.js';
import { AnalysisPool, defaultArticleBudgetSeconds, defaultThreads } from '../workers/AnalysisPool.js';
import { readStoryIndex } from '../usecases/storyIndex.js';
import { createApp } from './createApp.js';
import type { WebBundle } from './webBundle.js';

export interface ServeOptions {
  db: Database;
  host: string;
  /** 0 picks a free port (tests, the load generator). */
  port: number;
  token?: string;
  web: WebBundle | null;
  maxArticleBytes?: number;
  /** Analysis threads for uploads (default 1) and the time budget of each article (default 10 s). */
  threads?: number;
  articleBudgetSeconds?: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The server will not start as asked; the message says why and what to do. */
export class ServeRefused extends Error {
  override name = 'ServeRefused';
}

/** 127.0.0.1 (and the rest of 127/8), ::1 and localhost: reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * On loopback, only this machine can connect, and the Host check keeps web
 * pages on other sites out. Any other address exposes the store (and ingest)
 * to the network, so it needs a token.
 */
export function checkBinding(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new ServeRefused(
      `listening on ${host} lets other machines read and add to the store, so it needs a token: ` +
        'add --token <secret> or set CORROBORATE_TOKEN (or leave out --host to listen on 127.0.0.1 only)',
    );
  }
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  checkBinding(options.host, options.token);
  const pool = new AnalysisPool({
    threads: options.threads ?? defaultThreads,
    articleBudgetMs: (options.articleBudgetSeconds ?? defaultArticleBudgetSeconds) * 1000,
  });
  const app = createApp({
    pool,
    db: options.db,
    token: options.token,
    web: options.web,
    maxArticleBytes: options.maxArticleBytes,
    loopbackHostsOnly: isLoopback(options.host),
  });
  const server: ServerType = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new ServeRefused(error.code === 'EADDRINUSE' ? `port ${options.port} on ${options.host} is in use; pick another with --port` : `cannot listen on ${options.host}:${options.port} (${error.message})`)),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  // The paged story routes read from an index of the story's records (storyIndex.ts); fill it now, so the first reader does not wait for it (3 s at 2,000 articles).
  readStoryIndex(options.db).catch(() => undefined);
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    async close() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await pool.close();
    },
  };
}
