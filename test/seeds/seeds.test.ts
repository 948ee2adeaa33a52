import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInMemory, sharedFolder } from '../support/analyzeInMemory.js';

const seeds = path.join(sharedFolder, 'seeds');
const present = existsSync(path.join(seeds, 'manifest.csv'));
if (!present) console.warn(`skipping the seed test: ${seeds} is absent (set CORROBORATE_SHARED to the shared data folder)`);

/** The reference story end to end: ingestion, cleaning, metadata and every stage, into a real store. */
describe.skipIf(!present)('the seed articles (../shared/seeds)', async () => {
  const { summary, records } = present ? await analyzeInMemory([seeds], path.join(seeds, 'manifest.csv')) : { summary: undefined, records: [] };
  const byFile = (prefix: string) => {
    const record = records.find((r) => path.basename(r.source).startsWith(prefix));
    if (!record) throw new Error(`no record for seed ${prefix}`);
    return record;
  };

  it('stores all five with no failure', () => {
    expect(summary?.failed).toEqual([]);
    expect(summary?.stored).toHaveLength(5);
  });

  it('takes outlet and date from the manifest and says so', () => {
    expect(byFile('001').outlet).toEqual({ name: 'The Times of Israel', how: 'manifest' });
    expect(byFile('001').published).toMatchObject({ value: '2017-06-22', how: 'manifest', confidence: 1 });
  });

  it('keeps the bodies and drops the boilerplate', () => {
    const duran = byFile('000');
    expect(duran.text).toContain('Abu Ali al-Basri');
    expect(duran.text).not.toContain('Upvote Downvote');
    expect(duran.text).not.toContain('Support The Duran on Patreon');
    expect(duran.removed.length).toBeGreaterThan(3);
    expect(byFile('001').text).not.toContain('read more:');
    expect(byFile('002').text).not.toContain('Join Us: News for people demanding a better world');
    expect(byFile('002').text).toContain('Lavrov');
  });

  it('resolves relative dates against the publication date', () => {
    const times = byFile('001').times.map((t) => [t.text, t.value]);
    expect(times).toContainEqual(['Thursday', '2017-06-22']);
    expect(times).toContainEqual(['June 16', '2017-06-16']);
    expect(byFile('004').times.map((t) => [t.text, t.value])).toContainEqual(['September', '2018-09']);
  });

  it('finds attributed statements with speakers in every article', () => {
    for (const record of records) expect(record.statements.length, record.source).toBeGreaterThan(2);
    const speakers = byFile('000').statements.map((s) => s.speaker?.canonical);
    expect(speakers).toContain('Abu Ali al-Basri');
  });
});
