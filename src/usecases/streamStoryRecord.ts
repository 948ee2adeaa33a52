import type { ClaimRecord, SourceRecord } from '../record/storyRecord.js';
import { toClaimRecords, toSourceRecord } from '../record/toStoryRecord.js';
import type { Database, Queryable } from '../store/Database.js';
import { listDerivedSubjects, loadSubjectClaims, loadSubjectSources, type SubjectPlace } from '../store/loadStory.js';
import { ensureStoryFresh } from './readStory.js';

/** Where the records go: an array per section, then its records one by one (a JSON writer, or a list being collected). */
export interface StoryRecordSink {
  startArray(key: 'claims' | 'sources'): Promise<void>;
  add(record: ClaimRecord | SourceRecord): Promise<void>;
}

/** Subjects are listed this many at a time; each is then read alone. */
const subjectPage = 200;

/**
 * The stored story's record, claims then sources, handed to `sink` a subject
 * at a time, in the order the whole record has (subjects with the most
 * statements first). Only one subject's derivation is held at once, so the
 * memory this takes grows with the largest subject, not with the store: a
 * store of 10,000 articles written out after adding one. All of it is read
 * in one snapshot, so a story refreshed meanwhile by another process cannot
 * mix two versions of a subject into one record.
 */
export async function streamStoryRecord(db: Database, sink: StoryRecordSink, sections: ('claims' | 'sources')[] = ['claims', 'sources']): Promise<void> {
  await ensureStoryFresh(db);
  await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    for (const section of sections) {
      await sink.startArray(section);
      for await (const subject of subjectsInStoryOrder(tx)) {
        if (section === 'claims') {
          const claims = await loadSubjectClaims(tx, subject);
          for (const record of claims ? toClaimRecords(claims) : []) await sink.add(record);
        } else {
          for (const source of await loadSubjectSources(tx, subject)) await sink.add(toSourceRecord(source));
        }
      }
    }
  });
}

async function* subjectsInStoryOrder(db: Queryable): AsyncGenerator<string> {
  let after: SubjectPlace | null = null;
  for (;;) {
    const page = await listDerivedSubjects(db, after, subjectPage);
    for (const place of page) yield place.subject;
    if (page.length < subjectPage) return;
    after = page.at(-1)!;
  }
}
