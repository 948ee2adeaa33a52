import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSummary, ingestJob, page, searchResult } from '../../src/api/apiSchemas.js';
import { createApp } from '../../src/api/createApp.js';
import { startServer } from '../../src/api/startServer.js';
import { articleRecord } from '../../src/record/articleRecord.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { overlongArticle } from '../support/overlongArticle.js';
import { testStores } from '../support/testStores.js';
import { expectError, getJson } from './requestJson.js';

const article = (serial: number) => `Militia says deputy commander Vantosh is alive

Sorvo, 2 September 2025

The Oren Valley Front said on Tuesday that Emil Vantosh was not killed in the Halvek strike (report ${serial}). "Emil Vantosh is alive and in good health," the Front's spokesman Ilko Marant told reporters.
`;

const hostile = `Officials deny strike on clinic

Telgrad, 4 April 2025

The ministry said on Friday that <script>alert(1)</script> no clinic was hit. "Nothing was hit <img src=x onerror=alert(1)>," the spokesman told reporters.
`;

function upload(...files: { name: string; body: BlobPart }[]): RequestInit {
  return uploadWith({}, ...files);
}

/** Files with the upload form's fields beside them, as the web app sends them (an empty field is sent as ''). */
function uploadWith(fields: Record<string, string>, ...files: { name: string; body: BlobPart }[]): RequestInit {
  const form = new FormData();
  for (const file of files) form.append('files', new File([file.body], file.name));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return { method: 'POST', body: form };
}

function paste(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Sends an upload, expects 202 with its job, and polls the job until it has finished. */
async function ingest(app: Hono, init: RequestInit) {
  const response = await app.request('/api/ingest', init);
  const body = await response.text();
  expect(response.status, body.slice(0, 300)).toBe(202);
  const job = ingestJob.parse(JSON.parse(body));
  expect(response.headers.get('location')).toBe(`/api/ingest/jobs/${job.id}`);
  for (;;) {
    const now = await getJson(app, `/api/ingest/jobs/${job.id}`, ingestJob);
    if (now.status === 'finished') return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const store of testStores()) {
  describe(`POST /api/ingest (${store.name})`, () => {
    let db: Database;
    let app: Hono;
    beforeAll(async () => {
      db = await store.open();
      app = createApp({ db, maxArticleBytes: 2048, maxRequestBytes: 64 * 1024 });
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('stores uploaded files, skips one already stored, and lists each file it cannot read with the CLI message', async () => {
      const first = await ingest(app, upload({ name: 'vantosh.txt', body: article(1) }));
      expect(first.stored).toEqual([{ id: expect.any(String), source: 'vantosh.txt' }]);
      const second = await ingest(
        app,
        upload(
          { name: 'again.txt', body: article(1) },
          { name: 'other.txt', body: article(2) },
          { name: 'empty.txt', body: '' },
          { name: 'blank.txt', body: ' \n\t ' },
          { name: 'photo.jpg', body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) },
          { name: 'huge.txt', body: 'word '.repeat(1000) },
        ),
      );
      expect(second.duplicates).toEqual([{ id: first.stored[0].id, source: 'again.txt', storedFrom: 'vantosh.txt' }]);
      expect(second.stored.map((s) => s.source)).toEqual(['other.txt']);
      expect(second.failed).toEqual([
        { source: 'empty.txt', reason: 'empty.txt: is empty; expected an article as text, HTML or JSONL' },
        { source: 'blank.txt', reason: 'blank.txt: holds only white space; expected an article' },
        { source: 'photo.jpg', reason: 'photo.jpg: looks like a binary file (it contains NUL bytes, the first at byte 4), not an article; expected text, HTML or JSONL' },
        { source: 'huge.txt', reason: expect.stringMatching(/^huge\.txt: is 5 kB, larger than the 2 kB allowed for one article/) },
      ]);
      const stored = await getJson(app, `/api/articles/${second.stored[0].id}`, articleRecord);
      expect(stored.text).toContain('(report 2)');
    });

    it('reads a JSONL upload line by line, each line an article or a failure', async () => {
      const lines = [JSON.stringify({ text: article(3), outlet: 'Wire One', published: '2025-09-03' }), 'not json', JSON.stringify({ url: 'x' })].join('\n');
      const result = await ingest(app, upload({ name: 'feed.jsonl', body: lines }));
      expect(result.stored.map((s) => s.source)).toEqual(['feed.jsonl:1']);
      expect(result.failed.map((f) => f.source)).toEqual(['feed.jsonl:2', 'feed.jsonl:3']);
      expect(result.failed[1].reason).toContain('has neither a "text" nor an "html" field');
      const record = await getJson(app, `/api/articles/${result.stored[0].id}`, articleRecord);
      expect(record.outlet).toEqual({ name: 'Wire One', how: 'jsonl' });
    });

    it('stores pasted text with the metadata given beside it', async () => {
      const result = await ingest(app, paste({ text: article(4), name: 'from the form', outlet: 'Sorvo Daily Ledger', published: '2025-09-04', url: 'https://example.org/a' }));
      expect(result.stored).toEqual([{ id: expect.any(String), source: 'from the form' }]);
      const record = await getJson(app, `/api/articles/${result.stored[0].id}`, articleRecord);
      expect(record.outlet.name).toBe('Sorvo Daily Ledger');
      expect(record.published.value).toBe('2025-09-04');
      expect(record.url).toBe('https://example.org/a');
    });

    it("lists what it set aside as warnings, as analyze does: a supplied date that is not a day", async () => {
      const result = await ingest(app, paste({ text: article(41), name: 'dated wrongly', published: '2017-02-30' }));
      expect(result.stored).toHaveLength(1);
      expect(result.warnings).toEqual([expect.stringMatching(/dated wrongly.*2017-02-30.*February 2017 has no day 30/)]);
    });

    it("gives uploaded files the form's outlet, url and date, each saying it was given at upload; empty fields are absent", async () => {
      const fields = { outlet: ' Sorvo Daily Ledger ', url: 'https://ledger.example.org/news/vantosh', published: '2025-09-05' };
      const result = await ingest(app, uploadWith(fields, { name: 'given.txt', body: article(8) }, { name: 'given.html', body: `<p>${article(9)}</p>` }));
      expect(result.stored.map((s) => s.source)).toEqual(['given.txt', 'given.html']);
      for (const { id } of result.stored) {
        const record = await getJson(app, `/api/articles/${id}`, articleRecord);
        expect(record.outlet).toEqual({ name: 'Sorvo Daily Ledger', how: 'upload' });
        expect(record.published).toMatchObject({ value: '2025-09-05', how: 'upload', confidence: 1 });
        expect(record.url).toBe(fields.url);
      }
      const blank = await ingest(app, uploadWith({ outlet: '', url: '  ', published: '' }, { name: 'blank-fields.txt', body: article(10) }));
      const record = await getJson(app, `/api/articles/${blank.stored[0].id}`, articleRecord);
      // Read from the article, as with no form: its dateline '2 September 2025'.
      expect(record.published).toMatchObject({ value: '2025-09-02', how: 'text-dateline' });
      expect(record.url).toBeNull();
    });

    it('refuses a form field that is not a date or not an http(s) address with 400 naming the field, and stores nothing', async () => {
      const storedBefore = (await getJson(app, '/api/articles', page(articleSummary))).total;
      const refused = async (fields: Record<string, string>) => expectError(app.request('/api/ingest', uploadWith(fields, { name: 'refused.txt', body: article(11) })), 400);
      expect(await refused({ published: '2025-02-30' })).toContain('published: "2025-02-30" is not a date: February 2025 has no day 30; expected YYYY-MM-DD');
      expect(await refused({ published: 'last Tuesday' })).toContain('published: "last Tuesday" is not a date');
      expect(await refused({ url: 'ftp://example.org/a' })).toContain('url: "ftp://example.org/a" is not an http(s) address');
      expect(await refused({ url: 'example.org/a' })).toContain('url: "example.org/a" is not an http(s) address');
      expect(await refused({ outlet: 'x'.repeat(5000) })).toMatch(/outlet is 5,000 characters/);
      const asFile = new FormData();
      asFile.append('files', new File([article(11)], 'refused.txt'));
      asFile.append('outlet', new File(['Ledger'], 'outlet.txt'));
      expect(await expectError(app.request('/api/ingest', { method: 'POST', body: asFile }), 400)).toContain('outlet: expected text');
      expect((await getJson(app, '/api/articles', page(articleSummary))).total).toBe(storedBefore);
      // The same file with the fields right is stored.
      expect((await ingest(app, uploadWith({ published: '2025-02-28' }, { name: 'refused.txt', body: article(11) }))).stored).toHaveLength(1);
    });

    it('leaves the lines of an uploaded JSONL file their own fields, and says the form was not applied to them', async () => {
      const line = JSON.stringify({ text: article(12), outlet: 'Wire Two' });
      const result = await ingest(app, uploadWith({ outlet: 'Form Outlet' }, { name: 'lines.jsonl', body: line }));
      const record = await getJson(app, `/api/articles/${result.stored[0].id}`, articleRecord);
      expect(record.outlet).toEqual({ name: 'Wire Two', how: 'jsonl' });
      expect(result.warnings).toEqual([expect.stringMatching(/^lines\.jsonl: the outlet, URL and date given in the upload form were not applied to its lines/)]);
    });

    it('uses upload names only as labels: folders in a name are dropped', async () => {
      const result = await ingest(app, upload({ name: '../../etc/passwd', body: article(5) }));
      expect(result.stored.map((s) => s.source)).toEqual(['passwd']);
    });

    it('refuses a request without files, a bad body, another content type, and a request over the size limit', async () => {
      expect(await expectError(app.request('/api/ingest', { method: 'POST', body: new FormData() }), 400)).toContain('"files"');
      const textOnly = new FormData();
      textOnly.append('files', 'just a string');
      expect(await expectError(app.request('/api/ingest', { method: 'POST', body: textOnly }), 400)).toContain('got none');
      expect(await expectError(app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' }), 400)).toContain('not JSON');
      expect(await expectError(app.request('/api/ingest', paste({ text: '' })), 400)).toContain('text must be');
      expect(await expectError(app.request('/api/ingest', paste({ title: 'no text' })), 400)).toContain('text');
      expect(await expectError(app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }), 415)).toContain('text/plain');
      expect(await expectError(app.request('/api/ingest', upload({ name: 'big.txt', body: 'x'.repeat(70 * 1024) })), 413)).toContain('larger than');
      const pasted = await ingest(app, paste({ text: 'word '.repeat(1000) }));
      expect(pasted.failed[0].reason).toMatch(/^pasted text: is 5 kB, larger than the 2 kB allowed/);
    });

    it('answers 202 at once with every input listed: those that cannot be read already failed, the rest waiting', async () => {
      const response = await app.request('/api/ingest', upload({ name: 'waits.txt', body: article(6) }, { name: 'empty.txt', body: '' }));
      expect(response.status).toBe(202);
      const job = ingestJob.parse(await response.json());
      expect(job).toMatchObject({ status: 'running', total: 2, done: 1, finished: null });
      expect(job.items).toEqual([
        { source: 'waits.txt', outcome: 'waiting' },
        { source: 'empty.txt', outcome: 'failed', reason: 'empty.txt: is empty; expected an article as text, HTML or JSONL' },
      ]);
      // The first job is left to finish before the same article is sent again: two jobs at once may store it in either order.
      while ((await getJson(app, `/api/ingest/jobs/${job.id}`, ingestJob)).status !== 'finished') await new Promise((resolve) => setTimeout(resolve, 50));
      const finished = await ingest(app, upload({ name: 'waits.txt', body: article(6) }));
      expect(finished.items).toEqual([{ source: 'waits.txt', outcome: 'duplicate', id: expect.any(String), storedFrom: 'waits.txt' }]);
      expect(finished).toMatchObject({ status: 'finished', total: 1, done: 1, finished: expect.any(String) });
    });

    it('answers 404 for a job it does not know', async () => {
      expect(await expectError(app.request('/api/ingest/jobs/no-such-job'), 404)).toContain('no upload job "no-such-job"');
    });

    it('gives back article text with markup in it as inert JSON text', async () => {
      const { stored } = await ingest(app, upload({ name: 'hostile.txt', body: hostile }));
      expect(stored).toHaveLength(1);
      const response = await app.request(`/api/articles/${stored[0].id}`);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const record = articleRecord.parse(await response.json());
      // As text, exactly as written: neither run, nor stripped, nor turned into entities the browser would decode.
      expect(record.text).toContain('<script>alert(1)</script>');
      expect(record.text).toContain('<img src=x onerror=alert(1)>');
      const search = await getJson(app, '/api/search?q=clinic', page(searchResult));
      expect(search.items.some((item) => item.snippet.text.includes('<script>') || item.snippet.text.includes('<img'))).toBe(true);
    });
  });
}

describe('uploads over the time budget, and malformed multipart over HTTP', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openStore('memory://');
  });
  afterAll(() => db.close());

  it('fails an article over its time budget with the reason and stores the others of the upload', async () => {
    const app = createApp({ db, articleBudgetSeconds: 8 });
    const job = await ingest(app, upload({ name: 'overlong.txt', body: overlongArticle }, { name: 'fine.txt', body: article(7) }));
    expect(job.items).toEqual([
      { source: 'overlong.txt', outcome: 'failed', reason: expect.stringMatching(/^overlong\.txt: took longer than 8 s to analyse; it was stopped/) },
      { source: 'fine.txt', outcome: 'stored', id: expect.any(String) },
    ]);
  });

  it('answers 400 naming the boundary when the parts do not match the Content-Type header', async () => {
    const server = await startServer({ db, host: '127.0.0.1', port: 0, web: null });
    try {
      const body = '--other\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nhello\r\n--other--\r\n';
      const response = await fetch(`${server.url}api/ingest`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, body });
      expect(await expectError(response, 400)).toContain('"--xyz", the boundary its Content-Type header names');
      const noBoundary = await fetch(`${server.url}api/ingest`, { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body });
      expect(await expectError(noBoundary, 400)).toContain('names no boundary');
    } finally {
      await server.close();
    }
  });
});
