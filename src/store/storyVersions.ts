import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database, Queryable } from './Database.js';
import { derivedLists, inSnapshot, listItemsInSteps, loadSubjectStory, storyOfLists, type DerivedRows } from './derivedItems.js';
import type { SubjectStory } from '../model/story.js';

/**
 * One line that changes whenever any subject is derived again, added or
 * dropped: how many derived subjects, the sum and the largest of their
 * derivation versions, and their statements. Versions only grow, so a new
 * derivation always moves the sum. A scan of the small story_subjects rows
 * (the derivation itself is in derived_items), a few milliseconds at
 * 10,000 articles, so readers can ask it before every request.
 */
export async function readStoryVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ version: string }>(
    `SELECT count(*) || ':' || coalesce(sum(derived_version), 0) || ':' || coalesce(max(derived_version), 0) || ':' || coalesce(sum(statement_count), 0) AS version
     FROM story_subjects WHERE derived IS NOT NULL`,
  );
  return row.version;
}

export interface SubjectVersion {
  subject: string;
  /** The derivation's version ('17'), as text: a bigint. */
  version: string;
}

/** Every derived subject with its derivation's version, in the story's order (most statements first, then by name). */
export async function listSubjectVersions(db: Queryable): Promise<SubjectVersion[]> {
  return db.query<SubjectVersion>(
    `SELECT subject, derived_version::text AS version FROM story_subjects WHERE derived IS NOT NULL ORDER BY statement_count DESC, subject`,
  );
}

/** One subject's derivation with its version, read in one snapshot (one subject at a time: the largest holds tens of thousands of statements at 10,000 articles). */
export async function loadDerivedSubject(db: Queryable | Database, subject: string): Promise<{ version: string; derived: SubjectStory } | null> {
  return inSnapshot(db, async (tx) => {
    const [row] = await tx.query<{ version: string }>('SELECT derived_version::text AS version FROM story_subjects WHERE subject = $1 AND derived IS NOT NULL', [subject]);
    const derived = row ? await loadSubjectStory(tx, subject) : null;
    return row && derived ? { version: row.version, derived } : null;
  });
}

/** The derived subject a claim belongs to, with its derivation's version; null when no derived claim has that id. */
export async function findSubjectOfClaim(db: Queryable, claimId: string): Promise<SubjectVersion | null> {
  const [row] = await db.query<SubjectVersion>(
    `SELECT c.subject, s.derived_version::text AS version FROM claims AS c JOIN story_subjects AS s ON s.subject = c.subject
     WHERE c.id = $1 AND s.derived IS NOT NULL`,
    [claimId],
  );
  return row ?? null;
}

const derivedVersionOf = async (db: Queryable, subject: string): Promise<string | null> =>
  (await db.query<{ version: string }>('SELECT derived_version::text AS version FROM story_subjects WHERE subject = $1 AND derived IS NOT NULL', [subject]))[0]?.version ?? null;

export interface StepOptions {
  /** Rows per query: 2,000 members are about 2 MB, some 40 ms of PGlite's time. */
  rowsPerStep?: number;
  /** Called between queries; by default lets the event loop answer whatever waits (an HTTP request). */
  betweenSteps?: () => Promise<void>;
}

/**
 * loadDerivedSubject for a reader that must not hold the store while it
 * reads (the server filling its index of a 260,000-member subject while the
 * story board is asked for): the rows a few thousand at a time, other
 * queries free to run between them, and the derivation's version read before
 * and after. Every write of a subject's rows bumps that version in the same
 * transaction (saveDerivedSubject), so an unchanged version means the rows
 * are of one derivation; a changed one means reading again, and after three
 * tries the read is made in one snapshot.
 */
export async function loadDerivedSubjectInSteps(
  db: Queryable | Database,
  subject: string,
  { rowsPerStep = 2_000, betweenSteps = () => nextTurn() }: StepOptions = {},
): Promise<{ version: string; derived: SubjectStory } | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const before = await derivedVersionOf(db, subject);
    if (before === null) return null;
    const rows = {} as DerivedRows;
    for (const list of derivedLists) rows[list] = await listItemsInSteps(db, subject, list, rowsPerStep, betweenSteps);
    if ((await derivedVersionOf(db, subject)) === before) return { version: before, derived: storyOfLists(rows) };
  }
  return loadDerivedSubject(db, subject);
}
