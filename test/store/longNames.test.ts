import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/Database.js';
import { longestName } from '../../src/store/loadSubjectMembers.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { readStoryRecord } from '../../src/usecases/readStory.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { testStores } from '../support/testStores.js';

const article = `Ministry says commander killed

The Defence Ministry said on Thursday that commander Vasko Dren was killed in a strike on May 28.

Dren's militia said he was alive.
`;

/**
 * A store written before names had a limit: members whose outlet is 100,000
 * characters, put there with SQL as such a store holds them. Reading the
 * story cuts each name to the longest the ingest lets in, so every copy of
 * it (outlet, chain, speaker, each echo) stays small.
 */
for (const store of testStores()) {
  describe(`a stored outlet far past any name's length (${store.name})`, () => {
    let db: Database;
    let folder: string;
    const outlet = `Poisoned Outlet ${'x'.repeat(100_000)}`;
    beforeAll(async () => {
      db = await store.open();
      folder = await mkdtemp(path.join(tmpdir(), 'corroborate-names-'));
      await writeFile(path.join(folder, 'article.txt'), article);
      await analyzeSources(db, { paths: [folder] });
      await db.query(
        `UPDATE story_members SET member = jsonb_set(jsonb_set(member, '{attribution,outlet}', to_jsonb($1::text)),
           '{attribution,chain}', jsonb_build_array($1::text) || ((member->'attribution'->'chain') - 0))`,
        [outlet],
      );
      await db.query('UPDATE story_subjects SET version = version + 1');
    }, 120_000);
    afterAll(async () => {
      await db.close();
      await store.dispose();
      await rm(folder, { recursive: true, force: true });
    });

    it('derives and reads the story with the outlet cut, marked by …', async () => {
      await relateStory(db);
      const story = await readStoryRecord(db);
      const statements = story.claims.flatMap((claim) => claim.statements);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.outlet).toBe(`${outlet.slice(0, longestName - 1)}…`);
        expect(statement.chain[0]).toBe(statement.outlet);
      }
      expect(JSON.stringify(story).length).toBeLessThan(outlet.length);
    });
  });
}
