import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceItem } from '../../src/ingest/readSources.js';
import { warcRecords, type TestRecord } from '../support/writeWarc.js';

/** 'Police in Łódź said ...' in ISO-8859-2, where Ł is A3, ó F3 and ź BC: read right only by the header's charset. */
const latin2Page = Buffer.concat([
  Buffer.from('<html><head><title>Raid</title></head><body><p>Police in '),
  Buffer.from([0xa3, 0xf3, 0x64, 0xbc]),
  Buffer.from(' said the commander was killed on Sunday.</p></body></html>'),
]);

const records: TestRecord[] = [
  { url: 'https://news.example/lodz', type: 'request', body: '' },
  { url: 'https://news.example/lodz', contentType: 'text/html; charset=iso-8859-2', body: latin2Page },
  { url: 'https://news.example/logo.png', contentType: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
  { url: 'https://news.example/gone', status: 404, body: '<p>Not found</p>' },
  { url: 'https://news.example/wire.txt', contentType: 'text/plain; charset=utf-8', date: '2019-10-29T07:30:00Z', body: 'The group denied the report, a spokesman said.' },
];

let folder: string;
const read = async (file: string) => {
  const warnings: string[] = [];
  const items: SourceItem[] = [];
  for await (const item of readSources([path.join(folder, file)], { maxArticleBytes: 1024 * 1024, onWarning: (w) => warnings.push(w) })) items.push(item);
  const relative = (text: string) => text.replaceAll(folder + path.sep, '');
  return {
    articles: items.flatMap((item) => ('article' in item ? [{ ...item.article, source: relative(item.article.source) }] : [])),
    failures: items.flatMap((item) => ('failure' in item ? [relative(item.failure.reason)] : [])),
    warnings: warnings.map(relative),
  };
};

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-warc-'));
  const plain = await warcRecords(records);
  const gzipped = await warcRecords(records, true);
  await writeFile(path.join(folder, 'crawl.warc'), Buffer.concat(plain));
  await writeFile(path.join(folder, 'crawl.warc.gz'), Buffer.concat(gzipped));
  // The last record cut 20 bytes short, as a crawl killed mid-write leaves it: 16 of its content, 4 of the blank line after it.
  await writeFile(path.join(folder, 'cut.warc'), Buffer.concat(plain).subarray(0, -20));
  // Garbage where the third gzip member should start: warcio stops there without a word, the reader says so.
  await writeFile(path.join(folder, 'damaged.warc.gz'), Buffer.concat([...gzipped.slice(0, 2), Buffer.from('not gzip at all'), ...gzipped.slice(2)]));
  // Named like anything else, an archive is still found by its first bytes.
  await writeFile(path.join(folder, 'capture.dat'), Buffer.concat(plain));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('WARC files', () => {
  it('makes an article of each 2xx HTML or text response, with its URI and capture date, and skips the rest', async () => {
    const { articles, failures, warnings } = await read('crawl.warc');
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.source, a.format, a.encoding, a.supplied])).toEqual([
      ['crawl.warc record 2', 'html', 'iso-8859-2 (content-type header)', { from: 'warc', url: 'https://news.example/lodz', captured: '2019-10-28T06:00:00Z', textHow: 'WARC response record' }],
      ['crawl.warc record 5', 'text', 'utf-8 (content-type header)', { from: 'warc', url: 'https://news.example/wire.txt', captured: '2019-10-29T07:30:00Z', textHow: 'WARC response record' }],
    ]);
    expect(articles[0].content).toContain('Police in Łódź said');
    expect(warnings).toEqual(['crawl.warc: 3 of 5 records skipped (not a 2xx HTML or text response: requests, metadata, images, scripts, redirects)']);
  });

  it('reads a gzipped archive and an archive by its content, whatever its name', async () => {
    for (const file of ['crawl.warc.gz', 'capture.dat']) {
      const { articles, failures } = await read(file);
      expect(failures).toEqual([]);
      expect(articles.map((a) => a.supplied?.url)).toEqual(['https://news.example/lodz', 'https://news.example/wire.txt']);
      expect(articles[0].content).toContain('Łódź');
    }
  });

  it('says which record is truncated and keeps the others', async () => {
    const { articles, failures } = await read('cut.warc');
    expect(articles.map((a) => a.supplied?.url)).toEqual(['https://news.example/lodz']);
    expect(failures).toEqual(['cut.warc record 5 (https://news.example/wire.txt): is truncated: the file ends 16 bytes before the record\'s declared length']);
  });

  it('says where a compressed archive is damaged and keeps the records before it', async () => {
    const { articles, failures } = await read('damaged.warc.gz');
    expect(articles.map((a) => a.supplied?.url)).toEqual(['https://news.example/lodz']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^damaged\.warc\.gz: is damaged at byte [\d,]+ of [\d,]+ \(a truncated or corrupt record\); 2 records were read before it, the rest could not be$/);
  });
});
