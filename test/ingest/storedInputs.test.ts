import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffFeed } from '../../src/ingest/feeds/sniffFeed.js';
import { readFeedItems } from '../../src/ingest/feeds/readFeedItems.js';
import type { Database } from '../../src/store/Database.js';
import { loadArticleRecords } from '../../src/store/loadArticles.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources, type AnalyzeSummary } from '../../src/usecases/analyzeSources.js';
import { warcRecords } from '../support/writeWarc.js';

/*
 * Every input kind through one analyze run into one in-memory store (opening
 * a store costs seconds): feeds in the three formats, written here, and a
 * web archive written with warcio.
 */

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire: World</title><link>https://wire.example/</link>
<item><title>Ministry says commander killed</title><link>https://wire.example/2019/commander</link>
<pubDate>Sun, 27 Oct 2019 10:00:00 GMT</pubDate><dc:creator>Jo Smith</dc:creator>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>The defence ministry said on Sunday that the commander was killed in a raid.</p>]]></content:encoded></item>
<item><title>Only a summary</title><description>No full text here and no link.</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Atom</title><id>urn:daily</id><updated>2019-10-29T00:00:00Z</updated>
<entry><title>Witnesses describe the raid</title><id>urn:daily:1</id><link rel="alternate" href="https://daily.example/raid"/>
<updated>2019-10-29T08:00:00Z</updated><author><name>Ann Lee</name></author>
<content type="html">&lt;p&gt;Witnesses told reporters that the raid lasted two hours, police said.&lt;/p&gt;</content></entry>
</feed>`;

const jsonFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Json News',
  items: [
    { id: '1', url: 'https://json.example/denial', title: 'Group denies the report', date_published: '2019-10-28T12:00:00Z', authors: [{ name: 'Bo Chen' }], content_text: 'The group denied that its commander had died, a spokesman said.' },
  ],
});

describe('feeds', () => {
  let folder: string;
  let db: Database;
  let summary: AnalyzeSummary;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-feeds-'));
    await writeFile(path.join(folder, 'world.rss'), rss);
    await writeFile(path.join(folder, 'daily.xml'), atom);
    // A JSON Feed named .txt is still read as a feed: detected by its content.
    await writeFile(path.join(folder, 'json-news.txt'), jsonFeed);
    await writeFile(path.join(folder, 'broken.rss'), '<html><body>not a feed</body></html>');
    const archive = await warcRecords([
      { url: 'https://archive.example/raid', type: 'request', body: '' },
      { url: 'https://archive.example/raid', date: '2019-10-30T05:00:00Z', body: '<html><body><p>Officials said the raid began before dawn.</p></body></html>' },
      { url: 'https://archive.example/denial', body: '<p>The group said the claim was false.</p>' },
    ]);
    // The last record cut short: a failure naming it, the others stored.
    await writeFile(path.join(folder, 'crawl.warc'), Buffer.concat(archive).subarray(0, -10));
    db = await openStore('memory://');
    summary = await analyzeSources(db, { paths: [folder], threads: 1, fetchLimits: { cacheDir: null } });
  });
  afterAll(async () => {
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('sniffs feeds by content', () => {
    expect([rss, atom, jsonFeed, '<html><body>x</body></html>', '{"a": 1}'].map(sniffFeed)).toEqual(['rss', 'atom', 'json', null, null]);
  });

  it('stores each item with full content as an article, and says why the others failed', () => {
    expect(summary.stored.map((s) => path.basename(s.source)).sort()).toEqual(['crawl.warc record 2', 'daily.xml item 1', 'json-news.txt item 1', 'world.rss item 1']);
    expect(summary.failed.map((f) => f.reason.replace(folder + path.sep, '')).sort()).toEqual([
      'broken.rss: is named as a feed but is not one; expected RSS (<rss>), Atom (<feed>) or RSS 1.0 (<rdf:RDF>)',
      "crawl.warc record 3 (https://archive.example/denial): is truncated: the file ends 6 bytes before the record's declared length",
      'world.rss item 2: has neither its full text (content:encoded, content, content_html) nor a link to fetch it from',
    ]);
  });

  it('keeps the item date, link and title with where each was found', async () => {
    const records = await loadArticleRecords(db, summary.stored.map((s) => s.id));
    const bySource = new Map(records.map((record) => [path.basename(record.source), record]));
    const rssRecord = bySource.get('world.rss item 1')!;
    expect(rssRecord.url).toBe('https://wire.example/2019/commander');
    expect(rssRecord.title).toBe('Ministry says commander killed');
    expect(rssRecord.published).toMatchObject({ value: '2019-10-27', how: 'feed:pubDate', confidence: 1 });
    expect(bySource.get('daily.xml item 1')!.published).toMatchObject({ value: '2019-10-29', how: 'feed:updated' });
    expect(bySource.get('json-news.txt item 1')!.published).toMatchObject({ value: '2019-10-28', how: 'feed:date_published' });
  });

  it("takes a WARC record's target URI as the url and its capture date as the latest the article can be from", async () => {
    const [record] = await loadArticleRecords(db, summary.stored.filter((s) => s.source.endsWith('crawl.warc record 2')).map((s) => s.id));
    expect(record.url).toBe('https://archive.example/raid');
    expect(record.published).toMatchObject({ value: null, earliest: null, latest: '2019-10-30', how: 'warc-date' });
  });

  it('keeps the authors and how the text was found beside the stored input', async () => {
    const rows = await db.query<{ source: string; supplied: { authors?: unknown; textHow?: string } }>(
      'SELECT a.source, i.supplied FROM articles a JOIN article_inputs i ON i.article_id = a.id ORDER BY a.source',
    );
    expect(rows.map((row) => [path.basename(row.source), row.supplied.authors, row.supplied.textHow])).toEqual([
      ['crawl.warc record 2', undefined, 'WARC response record'],
      ['daily.xml item 1', [{ name: 'Ann Lee', how: 'feed atom author' }], 'feed atom content'],
      ['json-news.txt item 1', [{ name: 'Bo Chen', how: 'feed authors' }], 'feed content_text'],
      ['world.rss item 1', [{ name: 'Jo Smith', how: 'feed dc:creator' }], 'feed content:encoded'],
    ]);
  });

  it('reads RSS authors from <author> and dc:creator without repeating one', () => {
    const read = readFeedItems(rss.replace('<dc:creator>', '<author>jo@wire.example (Jo Smith)</author><dc:creator>'));
    // feedsmith reads 'jo@wire.example (Jo Smith)' as the name Jo Smith with an email address.
    expect(read.items[0].authors).toEqual([{ name: 'Jo Smith', how: 'feed author' }]);
  });
});
