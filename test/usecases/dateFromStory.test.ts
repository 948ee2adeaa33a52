import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { loadArticleRecord } from '../../src/store/loadArticles.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { reanalyzeArticles } from '../../src/usecases/reanalyzeArticles.js';

/*
 * The sample corpus's wire story 'HALVEK, Lessaria, April 5 (MPA) - The Oren
 * Valley Front has confirmed ...' (feeds/wire-and-broadcast.jsonl, line 2)
 * has no date field, no year on the page and no date in its URL. Its
 * neighbours in the same feed were published on 2025-03-13 and 2025-06-13.
 */
describe('a wire story whose dateline has no year', () => {
  let folder: string;
  let lines: string[];
  const write = async (name: string, ...picked: number[]) => {
    const file = path.join(folder, name);
    await writeFile(file, picked.map((i) => lines[i]).join('\n') + '\n');
    return file;
  };
  const wireId = async (db: Awaited<ReturnType<typeof openStore>>, source: string) =>
    (await analyzeSources(db, { paths: [source], threads: 1 })).stored[0]?.id;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-story-year-'));
    lines = (await readFile('samples/corpus/feeds/wire-and-broadcast.jsonl', 'utf8')).trim().split('\n');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('takes its year from the story stored with it, and reads its times against that day', async () => {
    const db = await openStore('memory://');
    const summary = await analyzeSources(db, { paths: [await write('all.jsonl', 0, 1, 2)], threads: 1 });
    const record = (await loadArticleRecord(db, summary.stored[1].id))!;
    await db.close();
    expect(record.published).toMatchObject({ value: '2025-04-05', how: 'text-dateline+story-year', confidence: 0.5 });
    // 'last month's Kasterian drone strike' is March 2025, 'on March 14' that of 2025.
    const times = Object.fromEntries(record.times.map((t) => [t.text, t.value]));
    expect(times).toMatchObject({ 'last month': '2025-03', 'March 14': '2025-03-14' });
  });

  it('stays undated alone, saying what it waits for, and is dated when the story arrives', async () => {
    const db = await openStore('memory://');
    const id = await wireId(db, await write('alone.jsonl', 1));
    expect((await loadArticleRecord(db, id!))!.published).toMatchObject({ value: null, how: 'text-dateline-without-year:04-05' });
    const before = (await loadArticleRecord(db, id!))!.times.find((t) => t.text === 'last month')!.value;
    expect(before).toBe('XXXX-XX');
    // The neighbours arrive in a later run: the relate at its end dates the waiting story.
    await analyzeSources(db, { paths: [await write('rest.jsonl', 0, 2)], threads: 1 });
    const dated = (await loadArticleRecord(db, id!))!;
    expect(dated.published).toMatchObject({ value: '2025-04-05', how: 'text-dateline+story-year' });
    expect(dated.times.find((t) => t.text === 'last month')!.value).toBe('2025-03');
    // Analysed again (an upgrade), it loses the year and the relate at the end gives it back.
    const again = await reanalyzeArticles(db, { all: true });
    expect(again.story.dated).toBe(1);
    expect((await loadArticleRecord(db, id!))!.published.value).toBe('2025-04-05');
    // Nothing left to date: the next relate does no analysis.
    expect((await relateStory(db)).dated).toBe(0);
    await db.close();
  });

  it('is not dated by a story half a year away from it', async () => {
    const db = await openStore('memory://');
    const id = await wireId(db, await write('alone.jsonl', 1));
    const far = JSON.parse(lines[0]) as Record<string, unknown>;
    await analyzeSources(db, { paths: [await write('far.jsonl', 0).then(async (file) => (await writeFile(file, JSON.stringify({ ...far, published: '2021-10-01' }) + '\n'), file))], threads: 1 });
    expect((await loadArticleRecord(db, id!))!.published).toMatchObject({ value: null, how: 'text-dateline-without-year:04-05' });
    expect((await relateStory(db)).dated).toBe(0);
    await db.close();
  });
});
