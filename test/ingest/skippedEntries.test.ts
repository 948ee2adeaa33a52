import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/ingest/listInputFiles.js';
import { readManifest } from '../../src/ingest/readManifest.js';
import { readSources, type SourceItem } from '../../src/ingest/readSources.js';

/** Every item and every warning readSources gives for these paths. */
async function read(paths: string[], manifestPath?: string): Promise<{ items: SourceItem[]; warnings: string[] }> {
  const manifest = manifestPath ? await readManifest(manifestPath) : undefined;
  const warnings: string[] = [...(manifest?.warnings ?? [])];
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, { maxArticleBytes: 1024 * 1024, manifest, onWarning: (warning) => warnings.push(warning) })) items.push(item);
  return { items, warnings };
}

const failures = (items: SourceItem[]) => items.flatMap((item) => ('failure' in item ? [item.failure.reason] : []));
const sources = (items: SourceItem[]) => items.flatMap((item) => ('article' in item ? [path.basename(item.article.source)] : []));

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-skipped-'));
  await mkdir(path.join(folder, 'only-skipped'));
  await writeFile(path.join(folder, 'only-skipped', '.hidden.txt'), 'The ministry said so.');
  execFileSync('mkfifo', [path.join(folder, 'only-skipped', 'pipe.jsonl')]);
  await symlink('/etc/hostname', path.join(folder, 'only-skipped', 'link.txt'));
  await mkdir(path.join(folder, 'no-articles'));
  await writeFile(path.join(folder, 'no-articles', 'notes.md'), 'notes');
  await mkdir(path.join(folder, 'mixed', 'node_modules'), { recursive: true });
  await writeFile(path.join(folder, 'mixed', 'a.txt'), 'The ministry said the commander was killed.');
  await writeFile(path.join(folder, 'mixed', 'b.txt'), 'A colonel said he was not there.');
  execFileSync('mkfifo', [path.join(folder, 'fifo.txt')]);
  execFileSync('mkfifo', [path.join(folder, 'fifo.jsonl')]);
  execFileSync('mkfifo', [path.join(folder, 'manifest-fifo.csv')]);
});

describe('entries left out of a folder', () => {
  it('are warnings naming each entry and why; a folder that gave nothing says so', async () => {
    const { items, warnings } = await read([path.join(folder, 'only-skipped'), path.join(folder, 'no-articles')]);
    expect(items).toEqual([]);
    expect(warnings.map((warning) => warning.replace(folder, ''))).toEqual([
      '/only-skipped/.hidden.txt: skipped: hidden (its name starts with "."); give it by name to read it',
      '/only-skipped/link.txt: skipped: a symbolic link; links in folders are not followed (give the target by name to read it)',
      '/only-skipped/pipe.jsonl: skipped: a FIFO (named pipe); special files are not read',
      '/only-skipped: holds no article files (.txt, .text, .html, .htm, .xhtml, .jsonl, .ndjson, .rss, .atom, .warc, .warc.gz, or feeds in .xml or .json files); 3 entries were skipped (see above)',
      '/no-articles: holds no article files (.txt, .text, .html, .htm, .xhtml, .jsonl, .ndjson, .rss, .atom, .warc, .warc.gz, or feeds in .xml or .json files)',
    ]);
  });

  it('reads the rest of a folder and names node_modules', async () => {
    const { items, warnings } = await read([path.join(folder, 'mixed')]);
    expect(sources(items)).toEqual(['a.txt', 'b.txt']);
    expect(warnings).toEqual([expect.stringMatching(/mixed\/node_modules: skipped: node_modules folders are not read$/)]);
  });

  it('refuses special files given by name instead of waiting on them', async () => {
    const { items } = await read([path.join(folder, 'fifo.txt'), path.join(folder, 'fifo.jsonl'), '/dev/null']);
    expect(failures(items)).toEqual([
      expect.stringMatching(/fifo\.txt: is a FIFO \(named pipe\), not a file; special files are not read$/),
      expect.stringMatching(/fifo\.jsonl: is a FIFO \(named pipe\), not a file; special files are not read$/),
      '/dev/null: is a character device, not a file; special files are not read',
    ]);
  });

  it('lists an unreadable sub-folder as its own failure and keeps its readable siblings', async () => {
    const files = await listInputFiles([path.join(folder, 'mixed'), path.join(folder, 'missing-folder')]);
    expect(files.filter((file) => 'bytes' in file)).toHaveLength(2);
    expect(files.filter((file) => 'missing' in file)).toEqual([{ path: path.join(folder, 'missing-folder'), missing: 'no such file or folder' }]);
  });
});

// As root every folder can be read, so this runs only as another user.
describe.skipIf(process.getuid?.() === 0)('a sub-folder without read permission', () => {
  it('fails alone, and the files beside it are read', async () => {
    const top = path.join(folder, 'locked-beside');
    await mkdir(path.join(top, 'locked'), { recursive: true });
    await writeFile(path.join(top, 'open.txt'), 'The ministry said so.');
    await chmod(path.join(top, 'locked'), 0o000);
    try {
      const { items } = await read([top]);
      expect(sources(items)).toEqual(['open.txt']);
      expect(failures(items)).toEqual([`${path.join(top, 'locked')}: cannot be read (EACCES)`]);
    } finally {
      await chmod(path.join(top, 'locked'), 0o755);
    }
  });
});

describe('a manifest', () => {
  it('that is a FIFO is refused, not waited on', async () => {
    await expect(readManifest(path.join(folder, 'manifest-fifo.csv'))).rejects.toThrow(/manifest-fifo\.csv: is a FIFO \(named pipe\), not a file; special files are not read; expected a CSV manifest/);
  });

  it('names repeated and unknown columns, repeated rows, bad fields and rows no file used', async () => {
    const manifestPath = path.join(folder, 'mixed', 'manifest.csv');
    await writeFile(
      manifestPath,
      [
        'file,outlet,date,url,outlet',
        'a.txt,The Wire,2017-06-16,https://example.org/a,Other',
        'a.txt,Again,,,',
        `b.txt,${'x'.repeat(400)},,,`,
        'c.txt,Nobody,,,',
        'feed.jsonl,Wire,,,',
      ].join('\n'),
    );
    await writeFile(path.join(folder, 'mixed', 'feed.jsonl'), `${JSON.stringify({ text: 'The agency said so.' })}\n`);
    const { items, warnings } = await read([path.join(folder, 'mixed')], manifestPath);
    expect(warnings.map((warning) => warning.replaceAll(folder, ''))).toEqual([
      '/mixed/manifest.csv: the column "date" is not read; the columns are file, outlet, url, published, title',
      '/mixed/manifest.csv: the column "outlet" appears twice (columns 2 and 5); the second is ignored',
      '/mixed/manifest.csv line 3: names a.txt again (first on line 2); the later row is ignored',
      '/mixed/manifest.csv line 4: outlet is 400 characters; at most 300 allowed; the row is ignored',
      '/mixed/node_modules: skipped: node_modules folders are not read',
      '/mixed/manifest.csv line 5: names /mixed/c.txt, which is not in this batch; the row was not used',
      '/mixed/manifest.csv line 6: names a JSONL file, whose lines carry their own fields; the row was not used',
    ]);
    const first = items.find((item) => 'article' in item && item.article.source.endsWith('a.txt'));
    expect(first && 'article' in first && first.article.supplied).toEqual({ from: 'manifest', outlet: 'The Wire', url: 'https://example.org/a' });
  });
});
