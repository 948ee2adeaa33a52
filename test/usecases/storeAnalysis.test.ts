import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { analyzerVersion } from '../../src/analyze/analyzerVersion.js';
import type { RawArticle } from '../../src/ingest/types.js';
import type { CorrectionRecord } from '../../src/model/correction.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers, storyReaderVersion } from '../../src/relate/readMembers.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { articlePayload } from '../../src/store/saveArticle.js';
import { storeAnalysis } from '../../src/usecases/analyzeAndStoreArticle.js';
import { toMemberRows } from '../../src/usecases/relateStory.js';

/*
 * The analysis thread reads an article's members with the corrections in
 * force when the article was sent to it; storeAnalysis uses what it built
 * only when those are still the corrections in force, and reads them again
 * otherwise. Here a payload with no members stands for what a thread built.
 */
const madeBy = { analyzerVersion, storyReaderVersion };
const noTime = () => undefined;

describe('storing what an analysis thread built', () => {
  let db: Database | undefined;
  afterEach(() => db?.close());

  async function analysed() {
    const content = await readFile('samples/corpus/text/northwind-highly-likely.txt', 'utf8');
    const raw: RawArticle = { source: 'northwind.txt', format: 'text', content, encoding: 'utf-8' };
    const analyzed = analyzeArticle(raw);
    const members = toMemberRows(readMembers(toArticleRecord(analyzed)));
    expect(members.length).toBeGreaterThan(0);
    return { raw, analyzed, members, withoutMembers: articlePayload(analyzed, [], madeBy, raw) };
  }
  const storedMembers = async (id: string) =>
    (await db!.query<{ n: number }>('SELECT count(*)::int AS n FROM story_members WHERE article_id = $1', [id]))[0].n;

  it('stores the payload as built when the corrections in force are those it was read with', async () => {
    db = await openStore('memory://');
    const { raw, analyzed, withoutMembers } = await analysed();
    const result = await storeAnalysis(db, raw, { analyzed, toStore: { payload: withoutMembers, readWith: [], ms: 0 } }, noTime);
    expect(result.outcome).toBe('stored');
    expect(await storedMembers(analyzed.id)).toBe(0);
  });

  it('reads the members again when a correction was made or undone since', async () => {
    db = await openStore('memory://');
    const { raw, analyzed, members, withoutMembers } = await analysed();
    const undoneSince = { id: 1 } as CorrectionRecord;
    const seen = { inForce: [undoneSince] };
    const result = await storeAnalysis(db, raw, { analyzed, toStore: { payload: withoutMembers, readWith: [undoneSince], ms: 0 } }, noTime, seen);
    expect(result.outcome).toBe('stored');
    expect(await storedMembers(analyzed.id)).toBe(members.length);
    expect(seen.inForce).toEqual([]);
  });
});
