import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusSpan, storyBoard } from '../../src/api/apiSchemas.js';
import { createApp } from '../../src/api/createApp.js';
import { checkBinding, startServer } from '../../src/api/startServer.js';
import type { WebBundle } from '../../src/api/webBundle.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { expectError, getJson } from './requestJson.js';

const bundle: WebBundle = new Map([
  ['/index.html', { body: new TextEncoder().encode('<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>'), type: 'text/html; charset=utf-8' }],
  ['/assets/app-1a2b.js', { body: new TextEncoder().encode('console.log(1)'), type: 'text/javascript; charset=utf-8' }],
]);

describe('the HTTP shell', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openStore('memory://');
  });
  afterAll(async () => {
    await db.close();
  });

  describe('with a token', () => {
    let app: Hono;
    beforeAll(() => {
      app = createApp({ db, token: 's3cret-token', web: bundle });
    });

    it('refuses every request without it, the web app included', async () => {
      for (const path of ['/api/story', '/', '/assets/app-1a2b.js', '/openapi.json']) {
        expect(await expectError(app.request(path), 401)).toContain('Authorization: Bearer');
      }
      await expectError(app.request('/api/story', { headers: { authorization: 'Bearer wrong' } }), 401);
      await expectError(app.request('/api/story', { headers: { authorization: 'Basic czNjcmV0LXRva2Vu' } }), 401);
      await expectError(app.request('/api/story', { headers: { cookie: 'token=s3cret-toke' } }), 401);
      await expectError(app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' }), 401);
    });

    it('accepts the bearer token, and the cookie that visiting /?token= sets', async () => {
      await getJson(app, '/api/story', storyBoard, { headers: { authorization: 'Bearer s3cret-token' } });
      await expectError(app.request('/?token=wrong'), 401);
      const visit = await app.request('/claims/x?token=s3cret-token');
      expect(visit.status).toBe(303);
      expect(visit.headers.get('location')).toBe('/');
      const cookie = visit.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^token=s3cret-token;/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      await getJson(app, '/api/story', storyBoard, { headers: { cookie: 'token=s3cret-token' } });
      const page = await app.request('/', { headers: { cookie: 'token=s3cret-token' } });
      expect(page.status).toBe(200);
    });
  });

  describe('serving the web app from memory', () => {
    let app: Hono;
    beforeAll(() => {
      app = createApp({ db, web: bundle });
    });

    it('serves the bundle with a script policy that allows no inline script', async () => {
      const page = await app.request('/');
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('/assets/app-1a2b.js');
      const policy = page.headers.get('content-security-policy')!;
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const script = await app.request('/assets/app-1a2b.js');
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(script.headers.get('cache-control')).toContain('immutable');
    });

    it("answers the app's own paths with index.html, a missing file with 404, and never reads a path from disk", async () => {
      expect(await (await app.request('/claims/dren.killed.1')).text()).toContain('<!doctype html>');
      expect((await app.request('/assets/missing.js')).status).toBe(404);
      for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/package.json', '/src/api/createApp.ts']) {
        const response = await app.request(path);
        expect(await response.text()).not.toMatch(/"name": "corroborate"|createApp/);
      }
      await expectError(app.request('/api/none'), 404);
    });

    it('says how to build the app when there is none', async () => {
      const bare = createApp({ db, web: null });
      const response = await bare.request('/');
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/not built.*npm run build/s);
    });
  });

  describe('hosts and origins', () => {
    it('on loopback, refuses a Host that is not a loopback name (DNS rebinding) and a write from another site', async () => {
      const app = createApp({ db, loopbackHostsOnly: true });
      for (const host of ['127.0.0.1:4173', 'localhost:5173', '[::1]:4173', 'localhost']) {
        await getJson(app, '/api/story', storyBoard, { headers: { host } });
      }
      for (const host of ['evil.example:4173', 'localhost.evil.example', '127.0.0.1.evil.example:4173']) {
        expect(await expectError(app.request('/api/story', { headers: { host } }), 403)).toContain(host);
      }
      const post = { method: 'POST', headers: { host: '127.0.0.1:4173', origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"text":"x"}' };
      expect(await expectError(app.request('/api/ingest', post), 403)).toContain('Origin');
      const open = createApp({ db, token: 't' });
      await getJson(open, '/api/story', storyBoard, { headers: { host: 'corroborate.example.org', authorization: 'Bearer t' } });
    });

    it('will not listen beyond loopback without a token', () => {
      expect(() => checkBinding('0.0.0.0', undefined)).toThrow(/needs a token: add --token <secret> or set CORROBORATE_TOKEN/);
      expect(() => checkBinding('192.168.1.5', '')).toThrow(/needs a token/);
      expect(() => checkBinding('0.0.0.0', 'secret')).not.toThrow();
      for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(() => checkBinding(host, undefined)).not.toThrow();
    });

    it('listens on loopback and answers over a real socket', async () => {
      const server = await startServer({ db, host: '127.0.0.1', port: 0, web: null });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const response = await fetch(`${server.url}api/story`);
        expect(response.status).toBe(200);
        corpusSpan.parse(((await response.json()) as { corpus: unknown }).corpus);
      } finally {
        await server.close();
      }
    });
  });
});
