import type { ClaimRecord, SourceRecord } from '../record/storyRecord.js';
import { claimRecorder, toSourceRecord } from '../record/toStoryRecord.js';
import type { Database, Queryable } from '../store/Database.js';
import { listDerivedSubjects, loadClaimContext, pagesOfSubject, type SubjectPlace } from '../store/loadStory.js';
import type { Claim, Source } from '../relate/types.js';

/** Where the records go: an array per section, then its records one by one (a JSON writer, or a list being collected). */
export interface StoryRecordSink {
  startArray(key: 'claims' | 'sources'): Promise<void>;
  add(record: ClaimRecord | SourceRecord): Promise<void>;
}

/** Subjects are listed this many at a time; each is then read alone, its claims and sources a page at a time. */
const subjectPage = 200;
const claimPage = 10;
const sourcePage = 200;

/**
 * The stored story's record, claims then sources, handed to `sink` a subject
 * at a time, in the order the whole record has (subjects with the most
 * statements first). Only a page of one subject's claims (with the subject's
 * relations and status history) or sources is held at once, so the memory
 * this takes grows with the largest claim, not with the store. All of it is read
 * in one snapshot, so a story refreshed meanwhile by another process cannot
 * mix two versions of a subject into one record.
 */
export async function streamStoryRecord(db: Database, sink: StoryRecordSink, sections: ('claims' | 'sources')[] = ['claims', 'sources']): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    for (const section of sections) {
      await sink.startArray(section);
      for await (const subject of subjectsInStoryOrder(tx)) {
        if (section === 'claims') {
          const toRecord = claimRecorder(await loadClaimContext(tx, subject));
          for await (const claims of pagesOfSubject<Claim>(tx, subject, 'claims', claimPage)) {
            for (const claim of claims) await sink.add(toRecord(claim));
          }
        } else {
          for await (const sources of pagesOfSubject<Source>(tx, subject, 'sources', sourcePage)) {
            for (const source of sources) await sink.add(toSourceRecord(source));
          }
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
