/**
 * A store of N synthetic articles (syntheticCorpus.ts), analysed and related
 * with the real use case, for the API benchmark. Kept when it exists already
 * with at least N articles, since filling 10,000 takes minutes.
 *
 *   npx tsx scripts/bench/fillSyntheticStore.ts N --db DIR [--threads 1]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { writeSyntheticCorpus } from './syntheticCorpus.js';

/** Fills `dbDir` with `count` synthetic articles unless it holds that many; returns how many it holds. */
export async function fillSyntheticStore(dbDir: string, count: number, threads?: number): Promise<number> {
  const db = await openStore(dbDir);
  try {
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    if (n >= count) return n;
    const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-api-bench-'));
    try {
      await writeSyntheticCorpus(folder, count);
      const started = performance.now();
      const summary = await analyzeSources(db, { paths: [folder], threads });
      console.error(`filled ${dbDir}: ${summary.stored.length} stored, ${summary.failed.length} failed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const [{ n: after }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    return after;
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const count = Number(process.argv[2]);
  const dbDir = option('--db');
  if (!Number.isInteger(count) || count < 1 || !dbDir) throw new Error('usage: fillSyntheticStore.ts N --db DIR [--threads 1]');
  const threads = option('--threads');
  console.log(`${await fillSyntheticStore(dbDir, count, threads ? Number(threads) : undefined)} articles in ${dbDir}`);
}
