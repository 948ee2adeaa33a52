import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources, type AnalyzeSummary } from '../../src/usecases/analyzeSources.js';
import { articlesPerThreadStart } from '../../src/workers/AnalysisPool.js';
import { overlongArticle } from '../support/overlongArticle.js';

/** The outcome of each input, in the order the summary lists them. */
const outcomes = (summary: AnalyzeSummary) => ({
  stored: summary.stored.map((s) => `${path.basename(s.source)} ${s.id}`),
  duplicates: summary.duplicates.map((s) => `${path.basename(s.source)} ${s.id} ${path.basename(s.storedFrom ?? '')}`),
  failed: summary.failed.map((f) => path.basename(f.source)),
});

/** The real store, except that it refuses to insert the article from one source, as PostgreSQL refuses a value it cannot hold. */
function refusingInsertsFrom(db: Database, source: string): Database {
  return {
    ...db,
    description: db.description,
    transaction: (work) => db.transaction(work),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    async query(sql, params) {
      if (/INSERT INTO articles/.test(sql) && params?.some((p) => typeof p === 'string' && p.endsWith(source))) {
        throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
      }
      return db.query(sql, params);
    },
  };
}

describe('analyzeSources with the analysis pool', () => {
  let folder: string;
  let input: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-pool-'));
    input = path.join(folder, 'in');
    await cp('samples/corpus/text', input, { recursive: true });
    // The same content twice in one batch: whichever thread finishes first, the first in input order is stored.
    await cp('samples/corpus/text/where-is-dren-now.txt', path.join(input, 'zz-copy-of-where-is-dren-now.txt'));
    await writeFile(path.join(input, 'debris.txt'), '<<<>>>');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('stores the same articles in the same order with 1 or 2 threads', async () => {
    // A lead of articlesPerThreadStart short articles, so that the second thread is running by the time the batch
    // reaches the duplicate and the debris (a pool starts a further thread only once a batch proves long).
    const lead = path.join(folder, 'lead');
    await mkdir(lead);
    const short = await readFile('samples/corpus/text/where-is-dren-now.txt', 'utf8');
    for (let n = 0; n < articlesPerThreadStart; n += 1) await writeFile(path.join(lead, `lead-${String(n).padStart(2, '0')}.txt`), `${short}\n\nDispatch ${n}.\n`);
    const runs = [];
    for (const threads of [1, 2]) {
      const db = await openStore('memory://');
      try {
        runs.push(outcomes(await analyzeSources(db, { paths: [lead, input], threads })));
        const rows = await db.query<{ source: string }>('SELECT source FROM articles');
        expect(rows).toHaveLength(articlesPerThreadStart + 6);
      } finally {
        await db.close();
      }
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0].stored).toHaveLength(articlesPerThreadStart + 6);
    expect(runs[0].duplicates).toEqual([expect.stringMatching(/^zz-copy-of-where-is-dren-now\.txt \w+ where-is-dren-now\.txt$/)]);
    expect(runs[0].failed).toEqual(['debris.txt']);
  });

  it('fails an article the store refuses, and one over its time budget, names each, and stores the rest', async () => {
    await writeFile(path.join(input, 'overlong.txt'), overlongArticle);
    const db = await openStore('memory://');
    try {
      const summary = await analyzeSources(refusingInsertsFrom(db, 'northwind-highly-likely.txt'), { paths: [input], threads: 2, articleBudgetSeconds: 8 });
      expect(summary.stored).toHaveLength(5);
      const reasons = Object.fromEntries(summary.failed.map((f) => [path.basename(f.source), f.reason]));
      expect(Object.keys(reasons)).toEqual(['debris.txt', 'northwind-highly-likely.txt', 'overlong.txt']);
      expect(reasons['northwind-highly-likely.txt']).toMatch(/northwind-highly-likely\.txt: could not be stored \(invalid byte sequence for encoding "UTF8": 0x00\)$/);
      expect(reasons['overlong.txt']).toMatch(/overlong\.txt: took longer than 8 s to analyse; it was stopped/);
    } finally {
      await db.close();
      await rm(path.join(input, 'overlong.txt'));
    }
  });
});
