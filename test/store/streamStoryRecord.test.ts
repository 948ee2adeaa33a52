import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord, SourceRecord } from '../../src/record/storyRecord.js';
import { toStoryRecord } from '../../src/record/toStoryRecord.js';
import type { Database } from '../../src/store/Database.js';
import { readStory } from '../../src/usecases/readStory.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { streamStoryRecord } from '../../src/usecases/streamStoryRecord.js';
import { testStores } from '../support/testStores.js';
import { writeDerivedItems } from '../../src/store/derivedItems.js';
import type { SubjectStory } from '../../src/model/story.js';

/**
 * More subjects than one page of the subject listing (200), many with the
 * same statement count, so the keyset paging must carry ties across pages
 * and still give the order of the whole story read at once.
 */
const subjectCount = 450;

function derivedSubject(subject: string, claims: number) {
  const claimList = Array.from({ length: claims }, (_, i) => ({
    id: `${subject}.killed.${i + 1}`, key: `${subject}|killed`, text: `${subject} was killed`, subject, subjectName: subject,
    predicate: 'killed', place: null, eventTime: null, members: [],
  }));
  return {
    claims: claimList,
    sources: claimList.flatMap((claim, i) =>
      Array.from({ length: i + 1 }, (_, n) => ({ id: `${claim.id}.s${n + 1}`, speaker: 'Ministry', side: 'ministry', claimId: claim.id, stance: 'asserts', echoes: [] })),
    ),
    relations: claims > 1 ? [{ kind: 'contradicts', from: claimList[0].id, to: claimList[1].id, sequence: false, why: 'test' }] : [],
    statusHistory: [{ claimId: claimList[0].id, asOf: '2025-03-01', status: 'claimed', rule: 'test', movedBy: [] }],
  };
}

for (const store of testStores()) {
  describe(`the story record streamed subject by subject (${store.name})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await store.open();
      await relateStory(db);
      const rows = Array.from({ length: subjectCount }, (_, i) => {
        const subject = `subject${String((i * 7919) % subjectCount).padStart(3, '0')}`;
        return { subject, statement_count: i % 5, derived: derivedSubject(subject, 1 + (i % 3)) };
      });
      await db.query(
        `INSERT INTO story_subjects (subject, version, derived_version, statement_count, derived)
         SELECT s.subject, 1, 1, s.statement_count, '{}' FROM jsonb_to_recordset($1::jsonb) AS s(subject text, statement_count int)`,
        [JSON.stringify(rows)],
      );
      for (const row of rows) await writeDerivedItems(db, row.subject, row.derived as unknown as SubjectStory);
    }, 120_000);
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    it('hands every claim, then every source, in the order of the whole story read at once', async () => {
      const sections: string[] = [];
      const records: { claims: ClaimRecord[]; sources: SourceRecord[] } = { claims: [], sources: [] };
      let current: (ClaimRecord | SourceRecord)[] = [];
      await streamStoryRecord(db, {
        startArray: async (key) => {
          sections.push(key);
          current = records[key];
        },
        add: async (record) => void current.push(record),
      });
      expect(sections).toEqual(['claims', 'sources']);
      expect(records.claims).toHaveLength(subjectCount * 2);
      expect(records).toEqual(toStoryRecord(await readStory(db)));
    });

    it('counts each claim’s sources without reading them', async () => {
      const claims: ClaimRecord[] = [];
      await streamStoryRecord(db, { startArray: async () => undefined, add: async (record) => void claims.push(record as ClaimRecord) }, ['claims']);
      expect(claims.find((c) => c.id === 'subject088.killed.3')?.independent_sources).toBe(3);
    });
  });
}
