import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import { openApiDocument } from '../../src/api/openApiDocument.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { expectError } from './requestJson.js';

/*
 * Every GET route of the OpenAPI document, with each path and query
 * parameter given text that does not decode to something the store can take:
 * NUL, a broken percent escape, bytes that are not UTF-8 (%C3%28, a UTF-8
 * encoded surrogate %ED%A0%80, a lone %FF), and the log-forging id of the
 * issue. Each answer must be a 4xx with the documented error body.
 */
const badValues = ['%00', 'a%00b', '%ZZ', '%', '%C3%28', '%ED%A0%80', '%FF', '%0Aforged%00'];

interface Parameter {
  name: string;
  in: 'path' | 'query';
}

function getRoutes(): { path: string; parameters: Parameter[] }[] {
  const paths = openApiDocument().paths as Record<string, { get?: { parameters?: Parameter[] } }>;
  return Object.entries(paths)
    .filter(([, item]) => item.get)
    .map(([path, item]) => ({ path, parameters: item.get!.parameters ?? [] }));
}

/** Each request a route can be sent with one bad value in one place: each path parameter, each query parameter, an unknown parameter. */
function malformedUrls(route: { path: string; parameters: Parameter[] }, bad: string): string[] {
  const filled = route.path.replace(/\{(\w+)\}/g, 'x');
  const urls = [`${filled}?unknown=${bad}`, `${filled}?${bad}=1`];
  for (const parameter of route.parameters) {
    if (parameter.in === 'path') urls.push(route.path.replace(`{${parameter.name}}`, bad).replace(/\{(\w+)\}/g, 'x'));
    else urls.push(`${filled}?${parameter.name}=${bad}`, `${filled}?q=dren&${parameter.name}=${bad}`);
  }
  return urls;
}

describe('malformed requests', () => {
  let db: Database;
  let app: Hono;
  beforeAll(async () => {
    db = await openStore('memory://');
    app = createApp({ db });
  });
  afterAll(async () => {
    await db.close();
  });

  it('reads the GET routes from the OpenAPI document', () => {
    const routes = getRoutes().map((route) => route.path);
    expect(routes).toEqual(expect.arrayContaining(['/api/story', '/api/articles/{id}', '/api/claims/{id}', '/api/search', '/api/statements']));
  });

  it.each(badValues)('answers 400 to %j in every path and query parameter of every GET route', async (bad) => {
    const answers: string[] = [];
    for (const route of [...getRoutes(), { path: '/openapi.json', parameters: [] }]) {
      for (const url of malformedUrls(route, bad)) {
        const response = await app.request(url);
        answers.push(`${response.status} ${url}`);
        const message = await expectError(response, 400);
        expect(message).toMatch(/percent-encoded UTF-8|NUL character/);
      }
    }
    expect(answers.length).toBeGreaterThan(20);
  });

  it('still answers good requests, including non-ASCII ones', async () => {
    expect((await app.request('/api/search?q=caf%C3%A9+%E2%80%9Cdren%E2%80%9D')).status).toBe(200);
    expect((await app.request('/api/statements?speaker=Dren%20%F0%9F%98%80')).status).toBe(200);
    await expectError(app.request('/api/articles/0123456789ab'), 404);
  });

  it('answers 4xx to malformed and unstorable bodies', async () => {
    const post = (body: string, type = 'application/json') => app.request('/api/ingest', { method: 'POST', headers: { 'content-type': type }, body });
    const text = 'The ministry said the commander was killed on Thursday.';
    const bodies = [
      '{"text": "unterminated',
      '[1, 2',
      '\u0000',
      JSON.stringify({ text: 'The ministry said\u0000 so.' }),
      JSON.stringify({ text, title: 'a\u0000b' }),
      JSON.stringify({ text, outlet: 'Wire\u0000' }),
      JSON.stringify({ text, url: 'https://example.org/\u0000' }),
      JSON.stringify({ text, published: '2025-03-14\u0000' }),
      JSON.stringify({ text, outlet: 'x'.repeat(1024 * 1024) }),
      JSON.stringify({ text, title: 'Half an emoji \ud83d' }),
      JSON.stringify({ text: 42 }),
    ];
    for (const body of bodies) {
      const response = await post(body);
      expect(response.status, body.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.status, body.slice(0, 80)).toBeLessThan(500);
    }
    const long = await post(JSON.stringify({ text, outlet: 'x'.repeat(1024 * 1024) }));
    expect(await long.text()).toMatch(/outlet is 1,048,576 characters; at most 300 allowed/);
  });

  it('escapes what the log line prints, so a request cannot forge a line', async () => {
    const failing = { query: async () => Promise.reject(new Error('no such id "\nforged line\u001b[2J"')), description: 'failing' } as unknown as Database;
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const response = await createApp({ db: failing }).request('/api/articles/abc%0Aforged');
      expect(response.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    const lines = written.join('').split('\n');
    expect(lines[0]).toMatch(/^corroborate serve: GET \/api\/articles\/abc\\nforged failed: no such id "\\nforged line\\x1b\[2J"$/);
    expect(lines.filter((line) => line && !line.startsWith('corroborate serve:')).every((line) => /^\s+at /.test(line))).toBe(true);
  });
});
