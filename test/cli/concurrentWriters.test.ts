import { createServer } from 'node:net';
import { mkdtemp, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { listenAsLock, lockAddressFor, newHolderRecord, writeHolderRecord } from '../../src/store/storeLock.js';
import { runCli, startCli, startServe, writeArticles } from './spawnCli.js';

/** Articles stored, and distinct content hashes among them; REINDEX proves the unique index is whole. */
async function storedArticles(db: string): Promise<{ total: number; distinct: number }> {
  const store = await openStore(db);
  try {
    const [counts] = await store.query<{ total: number; distinct: number }>(
      'SELECT count(*)::int AS total, count(DISTINCT content_hash)::int AS distinct FROM articles',
    );
    await store.exec('REINDEX TABLE articles');
    return counts;
  } finally {
    await store.close();
  }
}

async function newFolder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'corroborate-writers-'));
}

/**
 * Real processes on one embedded store folder: PGlite is single-user, so the
 * first process holds the store and the others go through it. Each trial
 * checks that no article is lost or stored twice.
 */
describe('several processes on one embedded store', () => {
  it('two analyze runs with overlapping batches store every article exactly once', async () => {
    for (let trial = 0; trial < 1; trial++) {
      const folder = await newFolder();
      const db = path.join(folder, 'db');
      const files = await writeArticles(path.join(folder, 'in'), 8);
      const [first, second] = await Promise.all([
        runCli(['analyze', ...files.slice(0, 6), '--db', db, '--quiet']),
        runCli(['analyze', ...files.slice(2), '--db', db, '--quiet']),
      ]);
      expect(first.code, first.stderr).toBe(0);
      expect(second.code, second.stderr).toBe(0);
      expect(`${first.stderr}${second.stderr}`).toMatch(/is open in `corroborate analyze` \(pid \d+\); going through it/);
      expect(await storedArticles(db)).toEqual({ total: 8, distinct: 8 });
    }
  }, 400_000);

  it('analyze while serve holds the store goes through serve, whose API shows the articles and keeps answering', async () => {
    const folder = await newFolder();
    const db = path.join(folder, 'db');
    const serve = await startServe(db);
    const trials = 1;
    try {
      for (let trial = 0; trial < trials; trial++) {
        const files = await writeArticles(path.join(folder, `in${trial}`), 3, trial * 3);
        const analyzed = await runCli(['analyze', ...files, '--db', db, '--quiet']);
        expect(analyzed.code, analyzed.stderr).toBe(0);
        expect(analyzed.stderr).toMatch(/is open in `corroborate serve` \(pid \d+\); going through it/);
        const listed = (await (await fetch(`${serve.url}/api/articles`)).json()) as { total: number };
        expect(listed.total).toBe((trial + 1) * 3);
      }
      expect((await fetch(`${serve.url}/api/claims`)).status).toBe(200);
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect((await serve.finished).code).toBe(0);
    expect(await storedArticles(db)).toEqual({ total: trials * 3, distinct: trials * 3 });
  }, 400_000);

  it('a holder killed with SIGKILL leaves no lock: the next process opens the store, and nothing stored is lost', async () => {
    const folder = await newFolder();
    const db = path.join(folder, 'db');
    const serve = await startServe(db);
    const early = await runCli(['analyze', ...(await writeArticles(path.join(folder, 'early'), 3)), '--db', db, '--quiet']);
    expect(early.code, early.stderr).toBe(0);

    // An analyze going through serve when serve is killed: it goes on alone, or names the one step it could not finish.
    const files = await writeArticles(path.join(folder, 'late'), 12, 3);
    const late = startCli(['analyze', ...files, '--db', db, '--quiet']);
    await new Promise<void>((resolve) => {
      late.child.stderr!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('going through it')) resolve();
      });
    });
    serve.child.kill('SIGKILL');
    const lateEnd = await late.finished;
    if (lateEnd.code !== 0) expect(lateEnd.stderr).toMatch(/ended while this one was going through it/);
    expect(lateEnd.code === 0 || lateEnd.code === 2).toBe(true);

    const listed = await runCli(['articles', '--db', db]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).not.toMatch(/going through it/);
    const again = await runCli(['analyze', ...files, '--db', db, '--quiet']);
    expect(again.code, again.stderr).toBe(0);
    expect(await storedArticles(db)).toEqual({ total: 15, distinct: 15 });
  }, 400_000);

  it('a holder that does not answer: analyze stops with exit code 2, naming the holder and what to do', async () => {
    const folder = await newFolder();
    const db = path.join(folder, 'db');
    await openStore(db).then((store) => store.close());
    const storeDir = await realpath(db);
    const silent = createServer(() => undefined);
    expect(await listenAsLock(silent, lockAddressFor(storeDir))).toBe(true);
    await writeHolderRecord(storeDir, { ...newHolderRecord(), command: 'corroborate serve' });
    try {
      const files = await writeArticles(path.join(folder, 'in'), 1);
      const refused = await runCli(['analyze', ...files, '--db', db, '--quiet'], { CORROBORATE_STORE_WAIT_MS: '2000' });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(new RegExp(`held by pid ${process.pid}, \`corroborate serve\`, since .* did not answer within 2 s; .*\\(kill ${process.pid}\\)`));
    } finally {
      silent.close();
    }
  }, 120_000);
});
