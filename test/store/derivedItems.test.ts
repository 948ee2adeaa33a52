import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectStory } from '../../src/model/story.js';
import type { Database } from '../../src/store/Database.js';
import { loadSubjectStory, writeDerivedItems } from '../../src/store/derivedItems.js';
import { loadDerivedSubjects } from '../../src/store/loadStory.js';
import { openStore } from '../../src/store/openStore.js';
import { loadDerivedSubjectInSteps } from '../../src/store/storyVersions.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { testStores } from '../support/testStores.js';

const corpus = 'samples/corpus';

/** The sample corpus's largest subject, as relateStory derived it: real claims, members, sources, relations and status changes. */
async function sampleSubject(): Promise<SubjectStory> {
  const db = await openStore('memory://');
  await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
  const [largest] = await loadDerivedSubjects(db);
  await db.close();
  return largest;
}

/** The same story one article later: a member appended to the first claim, and a claim, its relations and its status changes gone. */
function oneArticleLater(story: SubjectStory): SubjectStory {
  const [first, ...rest] = story.claims;
  const dropped = rest.at(-1)!;
  const added = { ...first.members[0], ref: { ...first.members[0].ref, articleId: 'a-newer-article' } };
  return {
    claims: [{ ...first, members: [...first.members, added] }, ...rest.slice(0, -1)],
    sources: story.sources.filter((source) => source.claimId !== dropped.id),
    relations: story.relations.filter((relation) => relation.from !== dropped.id && relation.to !== dropped.id),
    statusHistory: story.statusHistory.filter((change) => change.claimId !== dropped.id),
  };
}

// Derived once for both stores: analysing the corpus is most of this file's time.
let sample: Promise<SubjectStory> | null = null;

for (const store of testStores()) {
  describe(`a subject's derivation as rows (${store.name})`, () => {
    let db: Database;
    let story: SubjectStory;
    const subject = 'baghdadi';
    const places = async () =>
      new Map((await db.query<{ place: string; ctid: string }>(
        `SELECT list || '/' || claim_id || '/' || ordinal AS place, ctid::text FROM derived_items WHERE subject = $1`,
        [subject],
      )).map((row) => [row.place, row.ctid]));
    beforeAll(async () => {
      story = await (sample ??= sampleSubject());
      db = await store.open();
      await db.query(`INSERT INTO story_subjects (subject, derived) VALUES ($1, '{}')`, [subject]);
    }, 300_000);
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('reads back what was written, claim by claim and member by member', async () => {
      expect(story.claims.length).toBeGreaterThan(3);
      expect(story.relations.length).toBeGreaterThan(0);
      await writeDerivedItems(db, subject, story);
      expect(await loadSubjectStory(db, subject)).toEqual(story);
    });

    it('rewrites only what one more article changed, and removes what it took away', async () => {
      const before = await places();
      const later = oneArticleLater(story);
      const counts = await writeDerivedItems(db, subject, later);
      expect(await loadSubjectStory(db, subject)).toEqual(later);
      expect(counts.claim).toBe(later.claims.length);
      const after = await places();
      const moved = [...after].filter(([place, ctid]) => before.get(place) !== ctid).map(([place]) => place);
      // Of claims and members, the member appended to the first claim is the one new row; the
      // sources, relations and status changes after the dropped claim's moved up one place.
      expect(moved.filter((place) => /^(claim|member)\//.test(place))).toEqual([`member/${story.claims[0].id}/${story.claims[0].members.length}`]);
      expect(moved.length).toBeLessThan(after.size / 2);
      const droppedMembers = story.claims.at(-1)!.members.length;
      expect([...before.keys()].filter((place) => /^(claim|member)\//.test(place) && !after.has(place))).toHaveLength(1 + droppedMembers);
    });

    it('goes back to the first derivation as well', async () => {
      await writeDerivedItems(db, subject, story);
      expect(await loadSubjectStory(db, subject)).toEqual(story);
    });

    it('reads the same rows a few at a time, with the store free for other queries between them', async () => {
      let steps = 0;
      const read = await loadDerivedSubjectInSteps(db, subject, {
        rowsPerStep: 3,
        // A query of its own between two steps: had the read held a transaction, PGlite would wait for it forever.
        betweenSteps: async () => {
          steps += 1;
          await db.query('SELECT count(*) FROM articles');
        },
      });
      expect(read?.derived).toEqual(story);
      const members = story.claims.reduce((sum, claim) => sum + claim.members.length, 0);
      expect(steps).toBeGreaterThanOrEqual(Math.floor(members / 3));
    });

    it('reads again when the subject is derived again between two steps, never half of each', async () => {
      // Every claim's own row changes too, so the rows the first step read are out of date.
      const oneMore = oneArticleLater(story);
      const later = { ...oneMore, claims: oneMore.claims.map((claim) => ({ ...claim, text: `${claim.text}, again` })) };
      let derivedAgain = false;
      const read = await loadDerivedSubjectInSteps(db, subject, {
        rowsPerStep: 3,
        betweenSteps: async () => {
          if (derivedAgain) return;
          derivedAgain = true;
          // As saveDerivedSubject writes a derivation: the rows and a newer version in one transaction.
          await db.transaction(async (tx) => {
            await writeDerivedItems(tx, subject, later);
            await tx.query('UPDATE story_subjects SET derived_version = derived_version + 1 WHERE subject = $1', [subject]);
          });
        },
      });
      expect(derivedAgain).toBe(true);
      expect(read?.derived).toEqual(later);
      expect(await loadDerivedSubjectInSteps(db, 'no-such-subject')).toBeNull();
    });
  });
}
