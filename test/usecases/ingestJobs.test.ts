import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceItem } from '../../src/ingest/readSources.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { IngestJobs } from '../../src/usecases/IngestJobs.js';
import { AnalysisPool } from '../../src/workers/AnalysisPool.js';

const unreadable = (name: string): SourceItem => ({ failure: { source: name, reason: `${name}: is empty; expected an article as text, HTML or JSONL` }, bytes: 0 });

describe('upload jobs in memory', () => {
  let db: Database;
  const pool = new AnalysisPool({ threads: 1, articleBudgetMs: 10_000 });
  beforeAll(async () => {
    db = await openStore('memory://');
  });
  afterAll(async () => {
    await pool.close();
    await db.close();
  });

  it('forgets the oldest finished jobs beyond the count it keeps, never a running one', async () => {
    const jobs = new IngestJobs(db, () => pool, { keepFinished: 1 });
    const first = jobs.start([unreadable('a.txt')]);
    await jobs.whenFinished(first.id);
    const second = jobs.start([unreadable('b.txt')]);
    await jobs.whenFinished(second.id);
    const third = jobs.start([unreadable('c.txt')]);
    expect(jobs.get(first.id)).toBeUndefined();
    expect(jobs.get(second.id)).toMatchObject({ status: 'finished', failed: [{ source: 'b.txt' }] });
    expect(jobs.get(third.id)?.items).toEqual([{ source: 'c.txt', outcome: 'failed', reason: 'c.txt: is empty; expected an article as text, HTML or JSONL' }]);
  });

  it('forgets finished jobs older than it keeps them', async () => {
    const jobs = new IngestJobs(db, () => pool, { keepFinishedMs: 0 });
    const old = jobs.start([unreadable('old.txt')]);
    await jobs.whenFinished(old.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    jobs.start([unreadable('new.txt')]);
    expect(jobs.get(old.id)).toBeUndefined();
  });
});
