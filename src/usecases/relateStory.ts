import { StoreUnavailableError, type Database } from '../store/Database.js';
import { loadArticleRecord } from '../store/loadArticles.js';
import { loadSubjectMembers } from '../store/loadSubjectMembers.js';
import {
  listArticlesReadBy, listStaleSubjects, loadSubjectVersion, markSubjectUnderivable, replaceArticleMembers, saveDerivedSubject, saveStoryReaderVersion, storyIsStale,
} from '../store/storySubjects.js';
import { storyReaderVersion } from '../relate/readMembers.js';
import { readCorrectedMembers } from '../relate/corrections/applyCorrections.js';
import { loadCorrectionsInForce } from '../store/corrections.js';
import type { CorrectionRecord } from '../model/correction.js';
import { relateSubject } from '../relate/relateSubject.js';
import type { ClaimMember, MemberRow } from '../relate/types.js';
import { listWatchedRows } from '../store/watchList.js';
import { listUndatedByHow } from '../store/loadArticleInputs.js';
import { yearlessDatelineHow } from '../metadata/storyYear.js';
import { updateStorySides } from '../store/storySides.js';
import { resolveStorySides } from '../relate/storySides.js';

export interface RelateSummary {
  /** Undated articles whose year-less dateline took its year from the story (dateFromStory). */
  dated: number;
  /** Articles whose members were read again (stored before the story existed, or by an older reader). */
  reread: number;
  /** Subjects whose claims, relations and status were derived again. */
  derived: number;
  /** Subjects whose derivation the store could not hold, each left as it was, with why; tried again once a member changes. */
  failed: { subject: string; statements: number; reason: string }[];
  /** Articles checked against the watched claims for the first time (checkWatchedClaims). */
  checked: number;
  ms: number;
}

/** An article's members as the store keeps them: in the article's order, each with its subject. */
export const toMemberRows = (members: ClaimMember[]): MemberRow[] =>
  members.map((member, ordinal) => ({ ordinal, subject: member.proposition.subject, member }));

/** Articles are read again this many at a time. */
const rereadBatch = 200;

/**
 * Brings the stored story up to date with the stored articles, the step
 * after every ingest (analyze, upload, worker), a correction by hand and
 * `corroborate relate`: articles dated only by a year-less dateline take
 * their year from the story and are analysed again (dateFromStory; loaded
 * only when there is one), articles read by an older story reader (or marked
 * by a correction) are read again with the corrections in force (load →
 * readCorrectedMembers → save), then the story's sides are brought up to
 * date (a name that changes side makes the subjects where it speaks stale),
 * then each stale subject is related from its own members and the story's sides
 * (load → relateSubject → save), and the articles not yet checked against
 * the watched claims are checked. Only what changed is redone. Safe to run
 * from several processes at once: each derivation records the subject
 * version it was made from, and the store keeps the newest.
 */
export async function relateStory(db: Database): Promise<RelateSummary> {
  const started = performance.now();
  // One indexed query; the analysis it may need loads only when some article waits for its year.
  const undated = await listUndatedByHow(db, yearlessDatelineHow);
  const dated = undated.length ? await (await import('./dateFromStory.js')).dateFromStory(db, undated) : 0;
  let reread = 0;
  // Read once, when there is an article to read: the corrections by hand in force apply to every reading.
  let corrections: CorrectionRecord[] | null = null;
  for (;;) {
    const ids = await listArticlesReadBy(db, storyReaderVersion, rereadBatch);
    if (!ids.length) break;
    corrections ??= await loadCorrectionsInForce(db);
    for (const id of ids) {
      const record = await loadArticleRecord(db, id);
      if (record && (await replaceArticleMembers(db, id, toMemberRows(readCorrectedMembers(record, corrections)), storyReaderVersion))) reread += 1;
    }
  }
  await saveStoryReaderVersion(db, storyReaderVersion);
  // The sides first: a name that now has another side makes the subjects where it speaks stale.
  const sides = await updateStorySides(db, resolveStorySides);
  const stale = await listStaleSubjects(db);
  const failed: RelateSummary['failed'] = [];
  for (const subject of stale) {
    // The version first, then the members: members stored in between are related now and again next time, never lost.
    const version = await loadSubjectVersion(db, subject);
    if (version === null) continue;
    const derived = relateSubject(subject, await loadSubjectMembers(db, subject), sides);
    try {
      await saveDerivedSubject(db, derived, version);
    } catch (error) {
      // A store that went away ends the relate; one that cannot hold this subject's derivation fails this subject alone.
      if (error instanceof StoreUnavailableError) throw error;
      const reason = `the store could not hold its derivation (${derived.statementCount.toLocaleString('en-US')} statements): ${firstLine((error as Error).message)}`;
      await markSubjectUnderivable(db, subject, version, reason);
      failed.push({ subject, statements: derived.statementCount, reason });
    }
  }
  // The stance judge loads only when there is a watch list to check (its weights are 350 kB of JSON).
  const checked = (await listWatchedRows(db)).length ? await (await import('./watchClaims.js')).checkWatchedClaims(db) : 0;
  return { dated, reread, derived: stale.length - failed.length, failed, checked, ms: performance.now() - started };
}

/** What a summary says of a subject relate could not store: 'the story's subject 'bridge' was not related: ...'. */
export const notRelatedWarning = ({ subject, reason }: RelateSummary['failed'][number]): string =>
  `the story's subject '${subject}' was not related: ${reason}; its claims are left as they were`;

/** An error's first line, at most 300 characters: PGlite's errors carry the whole query and its parameters. */
const firstLine = (message: string): string => message.split('\n')[0].slice(0, 300);

/** Whether the stored story lags the stored articles, for readers to say so (they never relate it themselves). */
export const isStoryStale = (db: Database): Promise<boolean> => storyIsStale(db, storyReaderVersion);

/** What a reader tells its user when the story is stale. */
export const staleStoryNotice =
  'the story is older than the stored articles (stored by an older version, or by a run that stopped before relating them); bring it up to date with: corroborate relate';
