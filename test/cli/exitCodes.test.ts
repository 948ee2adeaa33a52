import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './spawnCli.js';

// The exit codes README's usage promises: 0 ok, 1 some input failed, 2 could not run, 3 corroborate itself failed.
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-exit-'));
});

describe('corroborate exit codes', () => {
  it('--help exits 0 with every command listed', async () => {
    const help = await runCli(['--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/analyze \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toMatch(/serve \[options\]/);
  }, 60_000);

  it('a usage error exits 2, not 1 (which means some input failed)', async () => {
    const missing = await runCli(['analyze']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/analyze needs files, folders or URLs to read, or --urls FILE/);
    const invalid = await runCli(['claims', '--limit', 'x']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/expected a whole number/);
  }, 60_000);

  it('a store that cannot open exits 2 and says why', async () => {
    const notAFolder = path.join(folder, 'plain-file');
    await writeFile(notAFolder, 'not a store');
    const answer = await runCli(['articles', '--db', notAFolder]);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toMatch(/^corroborate: /);
  }, 60_000);

  it('an unexpected exception exits 3 and asks for a report', async () => {
    const article = path.join(folder, 'article.txt');
    await writeFile(article, 'Ministry says commander killed\n\nThe Defence Ministry said on Thursday that the commander was killed.\n');
    // A --json target below a plain file: the mkdir fails with ENOTDIR, an error no command expects.
    const answer = await runCli(['analyze', article, '--db', path.join(folder, 'db'), '--quiet', '--json', path.join(article, 'out', 'records.json')]);
    expect(answer.code, answer.stderr).toBe(3);
    expect(answer.stderr).toMatch(/corroborate itself failed/);
    expect(answer.stderr).toMatch(/please report this/);
  }, 120_000);
});
