import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectStory } from '../../src/model/story.js';
import type { Database } from '../../src/store/Database.js';
import { loadClaimNeighbourhood, loadClaimStatusHistory, loadDerivedSubjects } from '../../src/store/loadStory.js';
import { migrate } from '../../src/store/migrate.js';
import { openPglite } from '../../src/store/openPglite.js';
import { openPostgres } from '../../src/store/openPostgres.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';

const corpus = 'samples/corpus';

interface SubjectRow {
  subject: string;
  version: string;
  derived_version: string;
  statement_count: number;
}

/** Stores before migration 012, as the code of the time opened them: PGlite, and the server when DATABASE_URL is set. */
function oldStores(): { name: string; open: () => Promise<Database>; dispose: () => Promise<void> }[] {
  const stores = [{ name: 'pglite', open: () => openPglite('memory://', { fromTemplate: false }), dispose: async () => undefined }];
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `corroborate_test_${randomBytes(4).toString('hex')}`;
    stores.push({
      name: 'postgres',
      open: () => openPostgres(url, schema),
      async dispose() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    });
  }
  return stores;
}

/**
 * Migration 012 splits each subject's derivation, stored until then as one
 * jsonb value, into rows. A store derived before it must read back the same
 * story after it, claim by claim and member by member, without relating again.
 */
describe('a store derived before migration 012', () => {
  let stories: SubjectStory[];
  let subjects: SubjectRow[];
  let claims: Record<string, unknown>[];
  beforeAll(async () => {
    const fresh = await openStore('memory://');
    await analyzeSources(fresh, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
    stories = await loadDerivedSubjects(fresh);
    subjects = await fresh.query<SubjectRow>(
      'SELECT subject, version::text, derived_version::text, statement_count FROM story_subjects WHERE derived IS NOT NULL ORDER BY statement_count DESC, subject',
    );
    claims = await fresh.query('SELECT id, subject, predicate, text, status, statement_count, source_count, stances, first_reported::text, last_reported::text, corrections FROM claims');
    await fresh.close();
  }, 300_000);

  for (const store of oldStores()) {
    describe(`on ${store.name}`, () => {
      let db: Database;
      beforeAll(async () => {
        db = await store.open();
        await migrate(db, { through: 11 });
        await db.query(
          `INSERT INTO story_subjects (subject, version, derived_version, statement_count, derived)
           SELECT s.subject, s.version, s.derived_version, s.statement_count, s.derived
           FROM jsonb_to_recordset($1::jsonb) AS s(subject text, version bigint, derived_version bigint, statement_count int, derived jsonb)`,
          [JSON.stringify(subjects.map((row, i) => ({ ...row, derived: stories[i] })))],
        );
        await db.query(
          `INSERT INTO claims SELECT * FROM jsonb_populate_recordset(NULL::claims, $1::jsonb)`,
          [JSON.stringify(claims)],
        );
        expect(await migrate(db)).toEqual(['012_derived_items.sql']);
      }, 120_000);
      afterAll(async () => {
        await db.close();
        await store.dispose();
      });

      it('reads back the same story, claim by claim and member by member', async () => {
        expect(stories.length).toBeGreaterThan(5);
        expect(await loadDerivedSubjects(db)).toEqual(stories);
      });

      it('keeps only the counts in the subject row, and answers for one claim from its own rows', async () => {
        const [largest] = await db.query<{ derived: Record<string, number> }>('SELECT derived FROM story_subjects WHERE subject = $1', [subjects[0].subject]);
        const story = stories[0];
        expect(largest.derived).toMatchObject({ claim: story.claims.length, member: story.claims.reduce((n, c) => n + c.members.length, 0) });
        const related = story.relations[0];
        expect(related).toBeDefined();
        expect(await loadClaimStatusHistory(db, related.from)).toEqual(story.statusHistory.filter((change) => change.claimId === related.from));
        const neighbourhood = await loadClaimNeighbourhood(db, related.from);
        expect(neighbourhood?.relations).toEqual(story.relations.filter((r) => r.from === related.from || r.to === related.from));
        expect(neighbourhood?.related.find((r) => r.id === related.to)?.members).toEqual(
          story.claims.find((c) => c.id === related.to)?.members.filter((m) => m.stance === 'asserts'),
        );
      });
    });
  }
});
