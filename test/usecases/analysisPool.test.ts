import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { contentHashOf } from '../../src/ingest/contentHashOf.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { AnalysisPool, AnalysisPoolError, articlesPerThreadStart } from '../../src/workers/AnalysisPool.js';
import { overlongArticle } from '../support/overlongArticle.js';

const rawText = (source: string, content: string): RawArticle => ({ source, format: 'text', content, encoding: 'utf-8' });

// The budget sits far from both sides: an ordinary article takes a fraction of a second (under a
// loaded CI machine, a 3 s budget once failed one), the overlong one about 25 s on one free core.
const articleBudgetMs = 8000;

describe('the analysis pool', () => {
  const pool = new AnalysisPool({ threads: 2, articleBudgetMs });
  afterAll(() => pool.close());

  it('analyses in a thread exactly as on the main thread', async () => {
    const content = await readFile('samples/corpus/text/northwind-highly-likely.txt', 'utf8');
    const raw = rawText('northwind.txt', content);
    const outcome = await pool.analyze(raw, contentHashOf(content));
    expect('analyzed' in outcome).toBe(true);
    const { timings: _threadTimings, ...inThread } = (outcome as { analyzed: ReturnType<typeof analyzeArticle> }).analyzed;
    const { timings: _mainTimings, ...onMain } = analyzeArticle(raw);
    expect(inThread).toEqual(onMain);
  });

  it('starts a thread when an article waits for one, and a further one only once the batch proves long, up to its size', async () => {
    // Only the batch's length counts here: an ordinary article can take seconds on a loaded machine, and the
    // slow-article rule would then start the second thread early (it has its own test below, with the overlong one).
    const sized = new AnalysisPool({ threads: 2, articleBudgetMs, slowArticleMs: 60_000 });
    const analyse = (name: string) => sized.analyze(rawText(name, content), contentHashOf(content));
    const content = await readFile('samples/corpus/text/where-is-dren-now.txt', 'utf8');
    try {
      expect(sized.started).toBe(0);
      await analyse('one.txt');
      await analyse('two.txt');
      // One at a time: the first thread was free for the second.
      expect(sized.started).toBe(1);
      // A few at once are not worth a second thread's start (the models, about 2.5 s of CPU).
      await Promise.all([0, 1, 2].map((n) => analyse(`few-${n}.txt`)));
      expect(sized.started).toBe(1);
      // A long batch: once articlesPerThreadStart are analysed with more waiting, the second starts.
      await Promise.all(Array.from({ length: articlesPerThreadStart + 4 }, (_, n) => analyse(`batch-${n}.txt`)));
      expect(sized.started).toBe(2);
    } finally {
      await sized.close();
    }
  });

  it('gives the reason when there is no article text, as analyze does', async () => {
    expect(await pool.analyze(rawText('debris.txt', '<<<>>>'), contentHashOf('<<<>>>'))).toEqual({ failed: 'no article text found in it' });
  });

  it('stops an analysis over budget, fails that article with the reason, and goes on with a fresh thread', async () => {
    const content = await readFile('samples/corpus/text/where-is-dren-now.txt', 'utf8');
    const [overlong, ...others] = await Promise.all([
      pool.analyze(rawText('overlong.txt', overlongArticle), contentHashOf(overlongArticle)),
      pool.analyze(rawText('a.txt', content), contentHashOf(content)),
      pool.analyze(rawText('b.txt', content), contentHashOf(content)),
    ]);
    expect(overlong).toEqual({ failed: expect.stringMatching(/^took longer than 8 s to analyse; it was stopped/) });
    for (const outcome of others) expect('analyzed' in outcome).toBe(true);
    // The overlong article held the one thread for 2 s with others waiting, so a second one started for them.
    expect(pool.started).toBe(2);
    // Both threads, the fresh one included, still answer.
    const again = await Promise.all([0, 1, 2].map((n) => pool.analyze(rawText(`again-${n}.txt`, content), contentHashOf(content))));
    for (const outcome of again) expect('analyzed' in outcome).toBe(true);
  });

  it('refuses work once closed', async () => {
    const closing = new AnalysisPool({ threads: 1, articleBudgetMs: 1000 });
    await closing.close();
    await expect(closing.analyze(rawText('late.txt', 'text'), 'hash')).rejects.toBeInstanceOf(AnalysisPoolError);
  });
});
