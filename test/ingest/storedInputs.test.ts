import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import { sniffFeed } from '../../src/ingest/feeds/sniffFeed.js';
import { readFeedItems } from '../../src/ingest/feeds/readFeedItems.js';
import type { Database } from '../../src/store/Database.js';
import { articleRecord } from '../../src/record/articleRecord.js';
import { loadArticleRecords } from '../../src/store/loadArticles.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources, type AnalyzeSummary } from '../../src/usecases/analyzeSources.js';
import { pollFeeds } from '../../src/usecases/pollFeeds.js';
import { startLocalWebServer, type LocalWebServer } from '../support/localWebServer.js';
import { warcRecords } from '../support/writeWarc.js';
import { getJson } from '../api/requestJson.js';

/*
 * Every input kind through one analyze run into one in-memory store (opening
 * a store costs seconds): feeds in the three formats, written here, a web
 * archive written with warcio, and URLs served by a local web server (a
 * page, a 404, a redirect loop, a 60 MB stream, a PDF, a slow answer, a
 * feed whose items link back to it).
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
  let server: LocalWebServer;
  // /slow never answers, so only it meets the limit; 3 s leaves the pages that do answer room on a loaded machine.
  const fetchLimits = () => ({ timeoutMs: 3000, backoffMs: 10, cacheDir: path.join(folder, '.cache') });
  beforeAll(async () => {
    server = await startLocalWebServer();
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-feeds-'));
    const list = ['# one URL per line', '/page  # also the first item of the feed: fetched once', '/missing', '/loop-a', '/huge', '/report.pdf', '/slow'];
    await writeFile(path.join(folder, 'urls.list'), `${list.map((line) => (line.startsWith('/') ? server.url + line : line)).join('\n')}\nnot a url\n`);
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
    summary = await analyzeSources(db, { paths: [folder, `${server.url}/feed.xml`], urlListPath: path.join(folder, 'urls.list'), threads: 1, fetchLimits: fetchLimits() });
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('sniffs feeds by content', () => {
    expect([rss, atom, jsonFeed, '<html><body>x</body></html>', '{"a": 1}'].map(sniffFeed)).toEqual(['rss', 'atom', 'json', null, null]);
  });

  it('stores every article it could read and says why each other input failed, naming it', () => {
    const local = (text: string) => text.replace(folder + path.sep, '').replaceAll(server.url, '');
    expect(summary.stored.map((s) => local(s.source))).toEqual([
      'crawl.warc record 2', 'daily.xml item 1', 'json-news.txt item 1', 'world.rss item 1', '/feed.xml item 1', '/feed.xml item 3',
    ]);
    expect(summary.duplicates.map((s) => `${local(s.source)} = ${local(s.storedFrom ?? '')}`)).toEqual(['/page = /feed.xml item 1']);
    expect(summary.failed.map((f) => local(f.reason))).toEqual([
      'urls.list line 8: "not a url" is not an http(s) URL; expected one URL per line, like https://example.org/news/1',
      'broken.rss: is named as a feed but is not one; expected RSS (<rss>), Atom (<feed>) or RSS 1.0 (<rdf:RDF>)',
      "crawl.warc record 3 (https://archive.example/denial): is truncated: the file ends 6 bytes before the record's declared length",
      'world.rss item 2: has neither its full text (content:encoded, content, content_html) nor a link to fetch it from',
      '/feed.xml item 2 (/missing): answered 404 Not Found',
      '/missing: answered 404 Not Found',
      '/loop-a: redirects in a loop (/loop-a -> /loop-b -> /loop-a)',
      '/huge: sent more than the 10 MB allowed for one page; cut off there and not read',
      '/report.pdf: is a PDF (application/pdf); only HTML, text and feeds are read (save its text as a .txt file and give that)',
      '/slow: gave no complete answer within 3 s; the page was not read',
    ]);
    // The list's /page came from the cache the feed item filled.
    expect(server.requests.get('/page')).toBe(1);
  });

  it('polls a feed again: nothing new, the stored items recognised, the links not fetched again', async () => {
    const poll = await pollFeeds(db, { feeds: [`${server.url}/feed.xml`], fetchLimits: fetchLimits(), threads: 1 });
    expect([poll.stored.length, poll.duplicates.length, poll.failed.length]).toEqual([0, 2, 1]);
    expect(server.requests.get('/feed.xml')).toBe(2);
    expect(server.requests.get('/second')).toBe(1);
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
    const fetched = records.find((record) => record.source === `${server.url}/feed.xml item 1`)!;
    expect(fetched.url).toBe(`${server.url}/page`);
    expect(fetched.published).toMatchObject({ value: '2019-10-28', how: 'feed:pubDate' });
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
    const named = rows.map((row) => [path.basename(row.source.replace(server.url, 'local')), row.supplied.authors, row.supplied.textHow]);
    expect(named.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['crawl.warc record 2', undefined, 'WARC response record'],
      ['daily.xml item 1', [{ name: 'Ann Lee', how: 'feed atom author' }], 'feed atom content'],
      ['feed.xml item 1', undefined, "fetched from the feed item's link"],
      ['feed.xml item 3', undefined, "fetched from the feed item's link"],
      ['json-news.txt item 1', [{ name: 'Bo Chen', how: 'feed authors' }], 'feed content_text'],
      ['world.rss item 1', [{ name: 'Jo Smith', how: 'feed dc:creator' }], 'feed content:encoded'],
    ]);
  });

  it("shows each article's authors and how its text was found in its record, as GET /api/articles/{id} sends it", async () => {
    const app = createApp({ db });
    const shown = [];
    for (const { id, source } of summary.stored) {
      const record = await getJson(app, `/api/articles/${id}`, articleRecord);
      shown.push([path.basename(source.replace(server.url, 'local')), record.authors, record.text_how]);
    }
    expect(shown.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['crawl.warc record 2', [], 'WARC response record'],
      ['daily.xml item 1', [{ name: 'Ann Lee', how: 'feed atom author' }], 'feed atom content'],
      ['feed.xml item 1', [], "fetched from the feed item's link"],
      ['feed.xml item 3', [], "fetched from the feed item's link"],
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
