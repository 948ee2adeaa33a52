import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/store/openPglite.js';

/*
 * PGlite's standalone backend has no checkpointer: without the store's own
 * checkpoints every WAL segment written stays on disk until the store is
 * closed (16 segments of 16 MB for these 256 MB of writes).
 */
describe('the embedded store on disk during a long run', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it.each(['transactions', 'statements', 'one transaction'])('keeps its WAL near max_wal_size (128 MB), however much it writes in %s', async (unit) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-wal-'));
    folders.push(folder);
    const db = await openPglite(folder);
    const segments = async () => (await readdir(path.join(folder, 'pg_wal'))).filter((name) => /^[0-9A-F]{24}$/u.test(name)).length;
    let most = 0;
    const insert = 'INSERT INTO filler (body) SELECT repeat(md5(g::text), 40) FROM generate_series(1, 500) g';
    try {
      await db.exec('CREATE TABLE filler (body text)');
      if (unit === 'one transaction') {
        // Relating a subject of 260,000 statements writes its rows in one transaction.
        await db.transaction(async (tx) => {
          for (let i = 0; i < 400; i++) {
            await tx.query(insert);
            if (i % 25 === 24) most = Math.max(most, await segments());
          }
        });
      }
      // 400 writes of 640 kB each, as 400 stored articles are 400 statements.
      for (let i = 0; i < 400 && unit !== 'one transaction'; i++) {
        // saveArticle stores an article in one statement; other writes are transactions.
        if (unit === 'transactions') await db.transaction((tx) => tx.query(insert));
        else await db.query(insert);
        if (i % 25 === 24) most = Math.max(most, await segments());
      }
    } finally {
      await db.close();
    }
    expect(most).toBeLessThanOrEqual(12);
  }, 60_000);
});
