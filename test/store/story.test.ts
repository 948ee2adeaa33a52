import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/Database.js';
import { isStoryStale, relateStory } from '../../src/usecases/relateStory.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { findClaim, listClaims, readStory } from '../../src/usecases/readStory.js';
import { testStores } from '../support/testStores.js';

const corpus = 'samples/corpus';

/** A new (fictional) article in which the militia denies the death of Dren's deputy, months after it was confirmed. */
// A ministry denies what one source claimed ('the commander had been treated by a surgeon'): no longer only claimed.
const denial = `Ministry says militia commander Dren was never treated by a surgeon

Sorvo, 2 September 2025

Lessaria's Interior Ministry said on Tuesday that Vasko Dren had not been treated by a surgeon.
`;

for (const store of testStores()) {
  describe(`the story in the store (${store.name})`, () => {
    let db: Database;
    let folder: string;
    beforeAll(async () => {
      db = await store.open();
      folder = await mkdtemp(path.join(tmpdir(), 'corroborate-story-'));
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
      await rm(folder, { recursive: true, force: true });
    });

    it('derives the claims of the sample corpus, most-reported first', async () => {
      const { claims, total } = await listClaims(db, { limit: 5, offset: 0 });
      expect(total).toBeGreaterThan(5);
      expect(claims[0]).toMatchObject({ id: 'dren.killed.1', predicate: 'killed' });
      expect(claims.map((c) => c.statementCount)).toEqual([...claims.map((c) => c.statementCount)].sort((a, b) => b - a));
      const killed = await findClaim(db, 'dren.killed.1');
      expect(killed.claim.status_history[0]).toMatchObject({ as_of: '2025-03-13', status: 'disputed' });
      expect(killed.related.map((r) => r.id)).toContain('dren.alive.1');
    });

    it('changes the status of a claim when an article denying it arrives, and derives only its subject again', async () => {
      const before = await findClaim(db, 'dren.treat.1');
      expect(before.claim.status).toBe('claimed');
      const derivedVersions = () => db.query<{ subject: string; derived_version: string }>('SELECT subject, derived_version FROM story_subjects ORDER BY subject');
      const versionsBefore = await derivedVersions();
      const file = path.join(folder, 'ministry-dren-not-treated.txt');
      await writeFile(file, denial);
      const summary = await analyzeSources(db, { paths: [file] });
      expect(summary.stored).toHaveLength(1);
      // analyze relates what it stored: one subject derived again, the story fresh, nothing left for `relate`.
      const versionsAfter = await derivedVersions();
      expect(versionsAfter.filter((row, i) => row.derived_version !== versionsBefore[i]?.derived_version).map((row) => row.subject)).toEqual(['dren']);
      expect(await isStoryStale(db)).toBe(false);
      expect((await relateStory(db)).derived).toBe(0);
      const after = await findClaim(db, 'dren.treat.1');
      expect(after.claim.statements.some((s) => s.stance === 'denies' && s.article === summary.stored[0].id)).toBe(true);
      // Hollin, who said it, heads intelligence at 'the Lessarian Interior Ministry' (one article), the body that now denies it as
      // "Lessaria's Interior Ministry" (another): one side across the story, taking back its own word, so refuted.
      expect(after.claim.status).toBe('refuted');
      expect(after.claim.status_history.at(-1)!.rule).toBe('withdrawn-by-source');
      const last = after.claim.status_history.at(-1)!;
      expect(last.as_of).toBe('2025-09-02');
      expect(last.because.map((b) => b.article)).toContain(summary.stored[0].id);
    });

    it('reads stored articles again when the story reader changes, and derives the same story', async () => {
      const before = await readStory(db);
      await db.query('UPDATE articles SET story_reader = NULL');
      expect(await isStoryStale(db)).toBe(false);
      await db.query("UPDATE story_meta SET value = 'older' WHERE key = 'reader_version'");
      expect(await isStoryStale(db)).toBe(true);
      const refresh = await relateStory(db);
      expect(await isStoryStale(db)).toBe(false);
      expect(refresh.reread).toBeGreaterThan(10);
      expect(await readStory(db)).toEqual(before);
    });

    it('says which claim id is unknown', async () => {
      await expect(findClaim(db, 'nobody.killed.9')).rejects.toThrow(/no claim has the id "nobody.killed.9"/);
    });
  });
}
