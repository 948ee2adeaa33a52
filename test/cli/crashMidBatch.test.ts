import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';

const cli = path.resolve('bin/corroborate.js');
const articles = 120;

/**
 * Runs the CLI; with `killAfterStored`, reads the records `--json -` prints as each article is stored
 * (each opens a line with `    {`) and kills the process once that many have come: mid-batch whatever the
 * machine's speed, where a fixed delay could land before the first article or after the last.
 */
function runCli(args: string[], killAfterStored?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('node', [cli, ...args], { stdio: ['ignore', killAfterStored ? 'pipe' : 'ignore', 'ignore'] });
    let seen = 0;
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n    {').length - 1;
      if (killAfterStored && seen >= killAfterStored) child.kill('SIGKILL');
    });
    child.on('exit', (code) => resolve(code));
  });
}

/**
 * Kills `analyze` with SIGKILL in the middle of a batch into the embedded
 * store: every article stored before the kill must be whole (all its
 * statements), and running the batch again must store the rest once.
 */
describe('a crash in the middle of a batch', () => {
  it('leaves only whole articles, and a re-run completes the batch without duplicates', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-crash-'));
    const input = path.join(folder, 'in');
    const db = path.join(folder, 'db');
    await mkdir(input);
    const base = await readFile('samples/corpus/text/korvath-today-serrin-witnesses.txt', 'utf8');
    for (let i = 0; i < articles; i++) {
      await writeFile(path.join(input, `${String(i).padStart(4, '0')}.txt`), `${base}\n\nDispatch number ${i}.\n`);
    }

    expect(await runCli(['analyze', input, '--db', db, '--quiet', '--json', '-'], 20)).toBeNull();

    const store = await openStore(db);
    const perArticle = await store.query<{ statements: number; entities: number }>(
      `SELECT (SELECT count(*)::int FROM statements s WHERE s.article_id = a.id) AS statements,
              (SELECT count(*)::int FROM entities e WHERE e.article_id = a.id) AS entities
       FROM articles a`,
    );
    await store.close();
    expect(perArticle.length).toBeGreaterThanOrEqual(20);
    expect(perArticle.length).toBeLessThan(articles);
    // Every copy differs only in its last line, so every whole article has the same annotation counts.
    expect(new Set(perArticle.map((row) => `${row.statements}/${row.entities}`)).size).toBeLessThanOrEqual(1);

    expect(await runCli(['analyze', input, '--db', db, '--quiet'])).toBe(0);
    const after = await openStore(db);
    const [{ total, distinct }] = await after.query<{ total: number; distinct: number }>(
      'SELECT count(*)::int AS total, count(DISTINCT source)::int AS distinct FROM articles',
    );
    await after.close();
    expect({ total, distinct }).toEqual({ total: articles, distinct: articles });
  }, 180_000);
});
