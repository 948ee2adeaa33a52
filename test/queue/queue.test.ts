import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/ingest/types.js';
import { enqueueSources } from '../../src/queue/enqueueSources.js';
import { openQueueAt, type ArticleQueue } from '../../src/queue/openArticleQueue.js';
import { runWorker } from '../../src/queue/runWorker.js';
import type { Database } from '../../src/store/Database.js';
import { loadArticleRecord } from '../../src/store/loadArticles.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeInMemory } from '../support/analyzeInMemory.js';
import { overlongArticle } from '../support/overlongArticle.js';
import { serverSchema, serverUrl } from './serverSchema.js';

const drain = { concurrency: 1, drain: true, signal: new AbortController().signal, pollSeconds: 0.5 };

/** Queue and worker in this process, on a fresh pair of schemas of the server in DATABASE_URL. */
describe.skipIf(!serverUrl)('the article queue on PostgreSQL', () => {
  const server = serverSchema('queue');
  let queue: ArticleQueue;
  let db: Database;
  let inputs: string;

  beforeAll(async () => {
    const errors: Error[] = [];
    queue = await openQueueAt(server.url, { maintain: true, onError: (error) => errors.push(error) });
    db = await openStore(server.url);
    inputs = await mkdtemp(path.join(tmpdir(), 'corroborate-queue-'));
    await writeFile(path.join(inputs, 'empty.txt'), '');
    await writeFile(path.join(inputs, 'feed.jsonl'), `{not json}\n${JSON.stringify({ text: 'Wire report\n\nThe agency said the strike hit a depot on Monday.', outlet: 'Wire' })}\n`);
  });

  afterAll(async () => {
    await queue?.close();
    await db?.close();
    await server.dispose();
  });

  it('queues what analyze reads, with the same input failures, and a worker stores the same records as analyze', async () => {
    const paths = ['samples/corpus', inputs];
    const manifestPath = 'samples/corpus/manifest.csv';
    const expected = await analyzeInMemory(paths, manifestPath);
    const enqueued = await enqueueSources(queue, { paths, manifestPath });
    const ingestFailures = expected.summary.failed.filter((failure) => !/no article text|analysis failed/.test(failure.reason));
    expect(enqueued.failed).toEqual(ingestFailures);
    expect(enqueued.failed.length).toBe(2);
    expect(enqueued.queued).toBe(expected.records.length + expected.summary.failed.length - ingestFailures.length);

    const summary = await runWorker(db, queue, drain);
    expect(summary.stored.map((article) => article.id).sort()).toEqual(expected.summary.stored.map((article) => article.id).sort());
    const bySource = (a: { source: string }, b: { source: string }) => a.source.localeCompare(b.source);
    expect([...summary.failed].sort(bySource)).toEqual(expected.summary.failed.filter((failure) => !ingestFailures.includes(failure)).sort(bySource));
    for (const record of expected.records) expect(await loadArticleRecord(db, record.id)).toEqual(record);
    expect(await queue.unfinished()).toBe(0);
  });

  it('counts a queued article that is already stored as done, not stored twice', async () => {
    await enqueueSources(queue, { paths: ['samples/corpus/text'] });
    const summary = await runWorker(db, queue, drain);
    expect({ stored: summary.stored.length, skipped: summary.duplicates.length }).toEqual({ stored: 0, skipped: 6 });
  });

  it('sends a job back to the queue when the store fails, and stores its article on the retry', async () => {
    let refusals = 1;
    const flaky: Database = {
      ...db,
      query: ((sql: string, params?: unknown[]) => {
        if (refusals > 0 && sql.includes('INSERT INTO articles')) {
          refusals--;
          return Promise.reject(new Error('connection reset (by the test)'));
        }
        return db.query(sql, params);
      }) as Database['query'],
    };
    await queue.send([{ source: 'retry.txt', format: 'text', encoding: 'utf-8', content: 'Retry report\n\nThe ministry said on Friday that the bridge was closed.' }]);
    const summary = await runWorker(flaky, queue, drain);
    expect(refusals).toBe(0);
    expect(summary.warnings).toEqual([expect.stringMatching(/^retry\.txt: could not be stored \(connection reset \(by the test\)\); returned to the queue/)]);
    expect(summary.stored.map((article) => article.source)).toEqual(['retry.txt']);
    const jobs = await server.query<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM ${server.schema}_queue.job WHERE data->>'source' = 'retry.txt'`);
    expect(jobs).toEqual([{ state: 'completed', retry_count: 1 }]);
  });

  it('completes as failed, not retried, a job whose value the store refuses or whose analysis runs over budget', async () => {
    const refusing: Database = {
      ...db,
      query: ((sql: string, params?: unknown[]) => {
        if (sql.includes('INSERT INTO articles') && params?.includes('refused.txt')) {
          return Promise.reject(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }));
        }
        return db.query(sql, params);
      }) as Database['query'],
    };
    await queue.send([
      { source: 'refused.txt', format: 'text', encoding: 'utf-8', content: 'Refused report\n\nThe ministry said on Friday that the port was closed.' },
      { source: 'overlong.txt', format: 'text', encoding: 'utf-8', content: overlongArticle },
      { source: 'fine.txt', format: 'text', encoding: 'utf-8', content: 'Fine report\n\nThe ministry said on Friday that the airport was open.' },
    ]);
    const summary = await runWorker(refusing, queue, { ...drain, articleBudgetSeconds: 8 });
    // pg-boss hands out jobs of equal priority in no promised order: compare the failures by source.
    expect([...summary.failed].sort((a, b) => a.source.localeCompare(b.source))).toEqual([
      { source: 'overlong.txt', reason: expect.stringMatching(/^overlong\.txt: took longer than 8 s to analyse; it was stopped/) },
      { source: 'refused.txt', reason: 'refused.txt: could not be stored (invalid byte sequence for encoding "UTF8": 0x00)' },
    ]);
    expect(summary.stored.map((article) => article.source)).toEqual(['fine.txt']);
    const jobs = await server.query<{ source: string; state: string; retry_count: number }>(
      `SELECT data->>'source' AS source, state, retry_count FROM ${server.schema}_queue.job WHERE data->>'source' IN ('refused.txt', 'overlong.txt') ORDER BY 1`,
    );
    expect(jobs).toEqual([
      { source: 'overlong.txt', state: 'completed', retry_count: 0 },
      { source: 'refused.txt', state: 'completed', retry_count: 0 },
    ]);
  });

  it('fails a job that holds no article, without retrying it', async () => {
    await queue.send([{ source: 42 } as unknown as RawArticle]);
    const summary = await runWorker(db, queue, drain);
    expect(summary.failed).toEqual([{ source: expect.stringMatching(/^job /), reason: expect.stringMatching(/the job is not an article: source .*; format .*; content/) }]);
    expect(await queue.unfinished()).toBe(0);
  });
});
