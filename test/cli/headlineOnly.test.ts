import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './spawnCli.js';

/*
 * A feed of headlines, as RSS items and wire alerts arrive: a title and no
 * body, the headline repeated as the text, nulls for what the feed does not
 * know. Each is stored; a line with nothing in it is refused by name.
 * Headlines from the Emergent set (Ferreira & Vlachos 2016).
 */
const lines = [
  { title: 'Apple Watch Developers Told to Limit Features to Save Battery Life', text: '', outlet: 'appleinsider.com', url: 'http://appleinsider.com/articles/15/02/20/apple-watch' },
  { title: 'Tim Cook says Apple Watch will be available outside U.S. in April', text: 'Tim Cook says Apple Watch will be available outside U.S. in April', url: null, published: null },
  { title: "World's oldest burger", outlet: null },
  { title: null, text: null, url: 'http://example.org/nothing' },
];

describe('analyze on a feed of headlines', () => {
  it('stores each headline-only line and names the empty one', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-headlines-'));
    const feed = path.join(folder, 'headlines.jsonl');
    await writeFile(feed, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const json = path.join(folder, 'out.json');
    const result = await runCli(['analyze', feed, '--db', 'memory://', '--quiet', '--json', json]);
    expect(result.stderr).toMatch(/stored 3, skipped 0 already stored, failed 1/);
    expect(result.stderr).toMatch(/headlines\.jsonl line 4: is not an article: line has neither a "text" nor an "html" field with content, nor a "title"/);
    expect(result.code).toBe(1);
    const { articles } = JSON.parse(readFileSync(json, 'utf8')) as { articles: { text: string; paragraphs: { kind: string }[]; statements: { kind: string }[] }[] };
    expect(articles.map((a) => a.text)).toEqual(lines.slice(0, 3).map((line) => line.title));
    expect(articles.map((a) => a.paragraphs.map((p) => p.kind))).toEqual([['title'], ['title'], ['title']]);
    expect(articles[1].statements.map((s) => s.kind)).toEqual(['headline']);
  }, 120_000);

  const emergent = path.join(process.env.CORROBORATE_SHARED ?? '../shared', 'data/emergent/emergent-train.csv');
  it.skipIf(!existsSync(emergent))('refuses none of the first 100 Emergent headlines (shared data)', async () => {
    const rows = readFileSync(emergent, 'utf8').split('\n').slice(1, 101);
    // claimId,claimHeadline,claimTruth,articleId,articleHeadline,...: the article headline is the fifth field, quoted or not.
    const headlines = rows.map((row) => /^(?:(?:"(?:[^"]|"")*"|[^,]*),){4}("(?:[^"]|"")*"|[^,]*)/.exec(row)![1]).map((field) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field));
    const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-emergent-'));
    const feed = path.join(folder, 'emergent.jsonl');
    await writeFile(feed, `${headlines.map((title) => JSON.stringify({ title, text: '' })).join('\n')}\n`);
    const result = await runCli(['analyze', feed, '--db', 'memory://', '--quiet']);
    expect(result.stderr).toMatch(/failed 0/);
    const counts = /stored (\d+), skipped (\d+) already stored/.exec(result.stderr)!;
    expect(Number(counts[1]) + Number(counts[2])).toBe(100);
    expect(Number(counts[2])).toBe(100 - new Set(headlines).size);
  }, 120_000);
});
