import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';

/*
 * The batch of the done-when line, through the real CLI: good files
 * beside a NUL after the first 64 kB, JSONL articles with a 1 MB outlet (20
 * of them poisoned a store for good), a lone surrogate, a manifest with a bad
 * date, a NUL field, rows for no file and a repeated column, and a folder
 * with a symbolic link, a FIFO and a hidden file. The good files are stored,
 * each bad one is named, and every story route still answers.
 */
const run = promisify(execFile);
const cli = path.resolve('bin/corroborate.js');

async function corroborate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [cli, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const article = (who: string, what: string) =>
  `${who} speaks on the strike\n\n${who} said on Thursday that ${what}. Officials told reporters the commander was killed in the strike on May 28.\n`;

let folder: string;
let db: string;
let result: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-mixed-'));
  db = path.join(folder, 'store');
  const batch = path.join(folder, 'batch');
  await mkdir(batch);
  await writeFile(path.join(batch, 'good-one.txt'), article('The Defence Ministry', 'the depot was destroyed'));
  await writeFile(path.join(batch, 'good-two.txt'), article('A colonel', 'the convoy had left before dawn'));
  const padding = 'The ministry said the strike hit a depot near the river, and officials repeated it. '.repeat(900);
  await writeFile(path.join(batch, 'nul-late.txt'), Buffer.concat([Buffer.from(`Late binary\n\n${padding}`), Buffer.from([0]), Buffer.from(' and more text.')]));
  const huge = 'x'.repeat(1024 * 1024);
  const lines = [JSON.stringify({ text: article('The agency', 'the bridge was closed'), outlet: 'Wire' })];
  for (let index = 0; index < 20; index++) lines.push(JSON.stringify({ text: article(`Reporter ${index}`, 'the road was cut'), outlet: huge }));
  // '\ud83d' is half of an emoji: JSON.stringify writes it as an escape, as a broken scraper would.
  lines.push(JSON.stringify({ text: `${article('The mayor', 'the shelter was full')}Half an emoji: \ud83d.` }));
  await writeFile(path.join(batch, 'feed.jsonl'), `${lines.join('\n')}\n`);
  await writeFile(path.join(batch, '.hidden.txt'), article('Someone', 'nobody saw it'));
  await symlink(path.join(batch, 'good-one.txt'), path.join(batch, 'link.txt'));
  execFileSync('mkfifo', [path.join(batch, 'pipe.txt')]);
  // An escape sequence in a file name would colour (or clear) the terminal if printed raw; the file is empty, so its name is printed.
  await writeFile(path.join(batch, 'ansi\u001b[31mname.txt'), '');
  await writeFile(
    path.join(folder, 'manifest.csv'),
    [
      'file,outlet,url,published,outlet',
      'batch/good-one.txt,Ministry Wire,https://example.org/one,2017-02-30,Second Outlet',
      'batch/good-two.txt,Colonel\u0000Post,,2025-03-14,',
      'batch/good-one.txt,Again,,,',
      'batch/missing.txt,Nobody,,,',
    ].join('\n'),
  );
  result = await corroborate('analyze', batch, '--manifest', path.join(folder, 'manifest.csv'), '--db', db, '--quiet');
}, 300_000);

describe('a mixed batch through the CLI', () => {
  it('stores the good files and names each bad one', () => {
    expect(result.code).toBe(1);
    const failures = result.stderr.split('\n').filter((line) => line.trim().startsWith('failed:'));
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/nul-late\.txt: looks like a binary file \(it contains NUL bytes, the first at byte 7\d,\d{3}\)/),
        expect.stringMatching(/feed\.jsonl line 2: is not an article: outlet is 1,048,576 characters; at most 300 allowed/),
        expect.stringMatching(/feed\.jsonl line 21: is not an article: outlet is 1,048,576 characters/),
      ]),
    );
    expect(failures).toHaveLength(20 + 2);
    expect(result.stderr).toMatch(/stored 4, skipped 0 already stored, failed 22/);
  });

  it('names every skipped entry, discarded date and unused manifest row as a warning', () => {
    const warnings = result.stderr.split('\n').filter((line) => line.trim().startsWith('warning:'));
    const expected = [
      /the column "outlet" appears twice \(columns 2 and 5\); the second is ignored/,
      /manifest\.csv line 3: outlet contains a NUL character \(at character 7\), which cannot be stored; the row is ignored/,
      /manifest\.csv line 4: names batch\/good-one\.txt again \(first on line 2\); the later row is ignored/,
      /\.hidden\.txt: skipped: hidden/,
      /link\.txt: skipped: a symbolic link/,
      /pipe\.txt: skipped: a FIFO \(named pipe\); special files are not read/,
      /manifest\.csv line 5: names .*missing\.txt, which is not in this batch; the row was not used/,
      /good-one\.txt: the date supplied by the manifest, "2017-02-30", is not a day: February 2017 has no day 30; ignored/,
      /feed\.jsonl:22: the "text" field had 1 lone surrogate .*replaced by U\+FFFD/,
    ];
    for (const pattern of expected) expect(warnings, String(pattern)).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  });

  it('escapes control characters in the file names it prints', () => {
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('ansi\\x1b[31mname.txt: is empty');
  });

  it('leaves every story command and route working', async () => {
    for (const command of ['story', 'claims', 'sources', 'timeline']) {
      const answer = await corroborate(command, '--db', db);
      expect(answer.code, `${command}: ${answer.stderr}`).toBe(0);
    }
    const list = JSON.parse((await corroborate('articles', '--json', '--db', db)).stdout) as { articles: { source: string; outlet: string }[] };
    expect(list.articles.map((a) => path.basename(a.source)).sort()).toEqual(
      ['feed.jsonl:1', 'feed.jsonl:22', 'good-one.txt', 'good-two.txt'],
    );
    expect(list.articles.find((a) => a.source.endsWith('good-one.txt'))?.outlet).toBe('Ministry Wire');

    const store: Database = await openStore(db);
    try {
      const app = createApp({ db: store });
      for (const route of ['/api/story', '/api/claims', '/api/sources', '/api/matrix', '/api/timeline', '/api/articles', '/api/statements', '/api/search?q=strike']) {
        const response = await app.request(route);
        expect(response.status, route).toBe(200);
      }
    } finally {
      await store.close();
    }
  }, 600_000);
});

