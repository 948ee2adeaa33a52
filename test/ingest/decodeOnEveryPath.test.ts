import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources, type SourceItem } from '../../src/ingest/readSources.js';
import { readUploadedFile } from '../../src/ingest/readUploadedFile.js';
import { encodeLegacy } from './legacyEncoder.js';

/** A file given to the CLI (and queued by `enqueue`, which reads through readSources) and the same bytes uploaded read alike. */
const articleOf = (item: SourceItem | undefined) => {
  if (!item || !('article' in item)) throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item.article;
};

async function bothWays(name: string, bytes: Uint8Array) {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-decode-'));
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  const items: SourceItem[] = [];
  for await (const item of readSources([file], { maxArticleBytes: 1024 * 1024 })) items.push(item);
  return { file, read: articleOf(items[0]), uploaded: articleOf(readUploadedFile(name, bytes, 1024 * 1024)[0]) };
}

describe('one decoder on every path', () => {
  it('reads an ISO-8859-2 page the same from a file and from an upload', async () => {
    const bytes = encodeLegacy('iso-8859-2', '<html><head><meta charset="iso-8859-2"></head><body><p>Łódź</p></body></html>');
    const { read, uploaded } = await bothWays('lodz.html', bytes);
    expect(read.content).toContain('<p>Łódź</p>');
    expect(read.encoding).toBe('iso-8859-2 (meta charset)');
    expect(uploaded.content).toBe(read.content);
    expect(uploaded.encoding).toBe(read.encoding);
  });

  it('passes the decoder’s warnings on, naming the file', async () => {
    const good = Buffer.from('<p>Sprzeciw wobec ataków na Fundację, zażółć gęślą jaźń.</p><p>paczek papieros');
    const bytes = new Uint8Array([...good, 0xc3, ...Buffer.from('...</p>')]);
    const { file, read, uploaded } = await bothWays('teaser.html', bytes);
    const warning = `1 byte sequence is not UTF-8 (the first at byte ${good.length}), in text that otherwise is; replaced by U+FFFD`;
    expect(read.warnings).toEqual([`${file}: ${warning}`]);
    expect(uploaded.warnings).toEqual([`teaser.html: ${warning}`]);
  });
});
