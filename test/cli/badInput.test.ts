import { execFile } from 'node:child_process';
import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = path.resolve('bin/corroborate.js');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function corroborate(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('node', [cli, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let folder: string;
let db: string;
const good = 'Ministry says commander killed\n\nThe Defence Ministry said on Thursday that the commander was killed in a strike on May 28.\n';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-bad-'));
  db = path.join(folder, 'store');
  await writeFile(path.join(folder, 'first.txt'), good);
  await writeFile(path.join(folder, 'second.txt'), 'Officials doubt report\n\nA colonel told the agency the commander was not believed to have been there.\n');
  await writeFile(path.join(folder, 'empty.txt'), '');
  await writeFile(path.join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  await writeFile(path.join(folder, 'broken-utf8.txt'), Buffer.concat([Buffer.from('Commander’s fate '), Buffer.from([0xe2, 0x80]), Buffer.from(' unknown')]));
  await writeFile(path.join(folder, 'malformed.html'), '<html><body><div><<<>>></div></p></span><script>alert(1)</script>');
  await writeFile(path.join(folder, 'feed.jsonl'), `${JSON.stringify({ text: 'Wire report\n\nThe agency said the strike hit a depot on Monday.', outlet: 'Wire' })}\n{not json}\n`);
  const huge = await open(path.join(folder, 'huge.txt'), 'w');
  const line = Buffer.from('The ministry said the strike was a success, and officials repeated it. '.repeat(100) + '\n');
  for (let written = 0; written < 50 * 1024 * 1024; written += line.length) await huge.write(line);
  await huge.close();
});

describe('a batch with bad input', () => {
  it('stores the good articles, names each bad file and its problem, and exits 1', async () => {
    const before = await corroborate('analyze', path.join(folder, 'first.txt'), '--db', db, '--quiet');
    expect(before.code).toBe(0);
    const stored = await corroborate('show', '--json', '--db', db, (await corroborate('articles', '--json', '--db', db)).stdout.match(/"id": "(\w+)"/)?.[1] ?? '');

    const result = await corroborate('analyze', folder, path.join(folder, 'missing.txt'), '--db', db, '--quiet');
    expect(result.code).toBe(1);
    const failures = result.stderr.split('\n').filter((l) => l.trim().startsWith('failed:'));
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/broken-utf8\.txt: is not valid UTF-8 \(first bad byte at offset 19\)/),
        expect.stringMatching(/empty\.txt: is empty/),
        expect.stringMatching(/feed\.jsonl line 2: is not JSON/),
        expect.stringMatching(/huge\.txt: is 5\d\.\d MB, larger than the 10\.0 MB allowed for one article/),
        expect.stringMatching(/image\.txt: looks like a binary file/),
        expect.stringMatching(/malformed\.html: .*no article text/),
        expect.stringMatching(/missing\.txt: no such file or folder/),
      ]),
    );
    expect(failures).toHaveLength(7);
    expect(result.stderr).toMatch(/stored 2, skipped 1 already stored, failed 7/);

    const list = JSON.parse((await corroborate('articles', '--json', '--db', db)).stdout) as { articles: { source: string }[] };
    expect(list.articles.map((a) => path.basename(a.source)).sort()).toEqual(['feed.jsonl:1', 'first.txt', 'second.txt']);
    const after = await corroborate('show', '--json', '--db', db, JSON.parse(stored.stdout).id);
    expect(after.stdout).toBe(stored.stdout);
  }, 300_000);
});
