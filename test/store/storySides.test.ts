import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/Database.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { findClaim } from '../../src/usecases/readStory.js';
import { testStores } from '../support/testStores.js';

const corpus = 'samples/hospital-blast';

/** The speakers and sides as the members say, and as story_speakers keeps them. */
async function speakersBothWays(db: Database): Promise<[string[], string[]]> {
  const fromMembers = await db.query<{ row: string }>(
    `SELECT DISTINCT concat_ws('|', article_id, subject, member->'attribution'->>'speakerKey', member->'attribution'->>'side') AS row FROM story_members ORDER BY 1`,
  );
  const kept = await db.query<{ row: string }>(`SELECT concat_ws('|', article_id, subject, speaker_key, side) AS row FROM story_speakers ORDER BY 1`);
  return [fromMembers.map((r) => r.row), kept.map((r) => r.row)];
}

for (const store of testStores()) {
  describe(`the story's sides in the store (${store.name})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await store.open();
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('keeps who speaks for which side as the members say, through a first store and a reading again', async () => {
      const [fromMembers, kept] = await speakersBothWays(db);
      expect(fromMembers.length).toBeGreaterThan(50);
      expect(kept).toEqual(fromMembers);
      await db.query("UPDATE story_meta SET value = 'older' WHERE key = 'reader_version'");
      await db.query('UPDATE articles SET story_reader = NULL');
      const [{ articles }] = await db.query<{ articles: number }>('SELECT count(*)::int AS articles FROM articles');
      expect((await relateStory(db)).reread).toBe(articles);
      const [, keptAgain] = await speakersBothWays(db);
      expect(keptAgain).toEqual(fromMembers);
    });

    it("counts the army's spokesman and a wire's 'military says' as one side, named in neither: Valdoria, as other articles name the army", async () => {
      const { claim, sources } = await findClaim(db, 'recording.authentic.1');
      const speakers = new Map(sources.map((source) => [source.name, source.side]));
      expect(speakers.get('Piet Anderhall')).toBe('valdoria');
      expect(speakers.get('military')).toBe('valdoria');
      // One side asserting is a claim, not corroboration; the militants' 'fake' of 17 October disputes it.
      expect(claim.status_history.slice(0, 2).map((change) => [change.as_of, change.status])).toEqual([['2025-10-15', 'claimed'], ['2025-10-17', 'disputed']]);
    });
  });
}
