import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { readStoryRecord } from '../../src/usecases/readStory.js';

/**
 * The golden story of the sample corpus: every claim with its statements,
 * stances and evidence, relations and status history, and every source, as
 * derived through the store. `npm run golden` rewrites it; its git diff is
 * the review of any change in the cross-article step. How far it is from
 * what the corpus's authors intended is scored by test/story/intendedReading.test.ts.
 */
const corpus = 'samples/corpus';
const golden = 'test/golden/sample-corpus-story.json';

describe('sample corpus golden story', () => {
  it('matches the golden claims and sources', async () => {
    const db = await openStore('memory://');
    try {
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
      const actual = `${JSON.stringify(await readStoryRecord(db), null, 2)}\n`;
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
      expect(existsSync(golden), `no golden file ${golden}: review the output and run npm run golden`).toBe(true);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    } finally {
      await db.close();
    }
  });
});
