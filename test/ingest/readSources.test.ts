import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/ingest/readManifest.js';
import { readSources, type SourceItem } from '../../src/ingest/readSources.js';

let folder: string;

async function collect(paths: string[], maxArticleBytes = 1024 * 1024, manifestPath?: string): Promise<SourceItem[]> {
  const manifest = manifestPath ? await readManifest(manifestPath) : undefined;
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, { maxArticleBytes, manifest })) items.push(item);
  return items;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-read-'));
  await mkdir(path.join(folder, 'nested', '.hidden'), { recursive: true });
  await writeFile(path.join(folder, 'a.txt'), 'Wire says commander killed\n\nThe ministry said he was killed.');
  await writeFile(path.join(folder, 'nested', 'b.html'), '<html><body><p>Body</p></body></html>');
  await writeFile(path.join(folder, 'nested', 'notes.md'), 'not an article format, skipped in folders');
  await writeFile(path.join(folder, 'nested', '.hidden', 'c.txt'), 'hidden, skipped');
  await writeFile(path.join(folder, 'page.dat'), '<!DOCTYPE html><html><body><p>sniffed as HTML</p></body></html>');
  await writeFile(
    path.join(folder, 'feed.jsonl'),
    [
      JSON.stringify({ text: 'First line article', outlet: 'Wire', published: '2025-03-14' }),
      '{"text": "broken',
      JSON.stringify({ url: 'https://example.org/x' }),
      '',
      JSON.stringify({ html: '<p>An HTML one</p>', url: 'https://example.org/y' }),
    ].join('\n'),
  );
  await writeFile(path.join(folder, 'manifest.csv'), 'file,outlet,url,published\na.txt,The Wire,https://example.org/a,2025-03-14\n,Nobody,,\n');
});

describe('readSources', () => {
  it('reads folders recursively in a stable order, skipping hidden files and other formats', async () => {
    const items = await collect([folder]);
    expect(items.map((item) => ('article' in item ? item.article.source : item.failure.source)).map((s) => path.relative(folder, s))).toEqual([
      'a.txt',
      'feed.jsonl:1',
      'feed.jsonl:2',
      'feed.jsonl:3',
      'feed.jsonl:5',
      'nested/b.html',
    ]);
  });

  it('sniffs HTML in a file given by name whatever its extension', async () => {
    const [item] = await collect([path.join(folder, 'page.dat')]);
    expect('article' in item && item.article.format).toBe('html');
  });

  it('reports each bad JSONL line with its number and goes on', async () => {
    const items = await collect([path.join(folder, 'feed.jsonl')]);
    const failures = items.flatMap((item) => ('failure' in item ? [item.failure.reason] : []));
    expect(failures).toEqual([
      expect.stringMatching(/feed\.jsonl line 2: is not JSON \(.+\); expected one object per line/),
      expect.stringMatching(/feed\.jsonl line 3: is not an article: line has neither a "text" nor an "html" field/),
    ]);
    const articles = items.flatMap((item) => ('article' in item ? [item.article] : []));
    expect(articles.map((a) => [a.format, a.supplied?.outlet, a.supplied?.url])).toEqual([
      ['text', 'Wire', undefined],
      ['html', undefined, 'https://example.org/y'],
    ]);
  });

  it('names a missing path and a file too large for one article', async () => {
    const big = path.join(folder, 'big.txt');
    await writeFile(big, 'x'.repeat(3000));
    const items = await collect([path.join(folder, 'missing.txt'), big], 2048);
    expect(items.map((item) => 'failure' in item && item.failure.reason)).toEqual([
      `${path.join(folder, 'missing.txt')}: no such file or folder`,
      expect.stringContaining('big.txt: is 3 kB, larger than the 2 kB allowed for one article'),
    ]);
  });

  it('applies manifest metadata by path and warns about a bad row', async () => {
    const manifestPath = path.join(folder, 'manifest.csv');
    const manifest = await readManifest(manifestPath);
    expect(manifest.warnings).toEqual([`${manifestPath} line 3: file column is empty; the row is ignored`]);
    const [item] = await collect([path.join(folder, 'a.txt')], 1024 * 1024, manifestPath);
    expect('article' in item && item.article.supplied).toEqual({
      from: 'manifest', outlet: 'The Wire', url: 'https://example.org/a', published: '2025-03-14',
    });
  });
});
