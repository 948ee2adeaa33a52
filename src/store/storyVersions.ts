import type { Database, Queryable } from './Database.js';
import { inSnapshot, loadSubjectStory } from './derivedItems.js';
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
