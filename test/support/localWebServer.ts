import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A web server on 127.0.0.1 for the fetcher's tests, never the internet:
 * each path is one way a site can behave. It counts the requests per path
 * (a cache hit makes none) and the most served at once (one per host).
 */

const article = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

export interface LocalWebServer {
  url: string;
  requests: Map<string, number>;
  userAgents: string[];
  mostAtOnce: () => number;
  close: () => Promise<void>;
}

/** `robots` is served as /robots.txt; without it the site has none (404). */
export async function startLocalWebServer(options: { robots?: string } = {}): Promise<LocalWebServer> {
  const requests = new Map<string, number>();
  const userAgents: string[] = [];
  let active = 0;
  let most = 0;
  let base = '';
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse, count: number) => unknown> = {
    '/page': (_, response) => html(response, article('Ministry confirms the raid', 'The ministry said on Monday that the raid had taken place, an official said.')),
    '/second': (_, response) => html(response, article('Group denies losses', 'The group denied that any of its fighters had died, a spokesman said.')),
    '/missing': (_, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>'),
    '/loop-a': (_, response) => response.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_, response) => response.writeHead(302, { location: `${base}/loop-a` }).end(),
    '/moved': (_, response) => response.writeHead(301, { location: '/page' }).end(),
    '/report.pdf': (_, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 ...'),
    // Never answers (the client's time limit ends it), so a slow machine cannot make it look fast enough.
    '/slow': () => undefined,
    '/busy': (_, response, count) =>
      count === 1 ? response.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('busy') : html(response, article('Busy desk', 'The spokesman said the convoy had arrived, officials said.')),
    '/huge': (_, response) => streamHuge(response, 60 * 1024 * 1024),
    '/private/report': (_, response) => html(response, article('Internal memo', 'The memo said the raid had been planned for weeks.')),
    ...(options.robots === undefined ? {} : { '/robots.txt': (_: IncomingMessage, response: ServerResponse) => response.writeHead(200, { 'content-type': 'text/plain' }).end(options.robots) }),
    '/feed.xml': (_, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
        <item><title>Raid confirmed</title><link>${base}/page</link><pubDate>Mon, 28 Oct 2019 09:00:00 GMT</pubDate></item>
        <item><title>Gone</title><link>${base}/missing</link></item>
        <item><title>Denial</title><link>${base}/second</link></item></channel></rss>`);
    },
  };
  const server: Server = createServer(async (request, response) => {
    const route = new URL(request.url ?? '/', base).pathname;
    const count = (requests.get(route) ?? 0) + 1;
    requests.set(route, count);
    userAgents.push(request.headers['user-agent'] ?? '');
    most = Math.max(most, ++active);
    response.on('close', () => active--);
    const handler = routes[route];
    if (handler) await handler(request, response, count);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    userAgents,
    mostAtOnce: () => most,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function html(response: ServerResponse, body: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}

/** Sends `size` bytes without a Content-Length, as a chunked stream, stopping when the client hangs up. */
async function streamHuge(response: ServerResponse, size: number): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  for (let sent = 0; sent < size && !response.destroyed; sent += chunk.length) {
    if (!response.write(chunk)) await new Promise((resolve) => { response.once('drain', resolve); response.once('close', resolve); });
  }
  response.end();
}
