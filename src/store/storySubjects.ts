import type { DerivedSubject, MemberRow } from '../model/story.js';
import type { Database, Queryable } from './Database.js';
import { writeDerivedItems } from './derivedItems.js';

/**
 * Whether the stored story lags the stored articles: a subject has members
 * newer than its derivation, or the story was last related by another reader
 * version than `readerVersion` (two index lookups, not a scan of the articles).
 * Read-only: readers call it to say so, and `corroborate relate` brings it up to date.
 */
export async function storyIsStale(db: Queryable, readerVersion: string): Promise<boolean> {
  const [row] = await db.query<{ stale: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM story_subjects WHERE version > derived_version)
         OR (EXISTS (SELECT 1 FROM articles) AND (SELECT value FROM story_meta WHERE key = 'reader_version') IS DISTINCT FROM $1) AS stale`,
    [readerVersion],
  );
  return row.stale;
}

/** Records that every article has been read by `readerVersion`, once none is left to read again. */
export async function saveStoryReaderVersion(db: Queryable, readerVersion: string): Promise<void> {
  await db.query(
    `INSERT INTO story_meta (key, value) VALUES ('reader_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [readerVersion],
  );
}

/** Ids of articles whose members were read by another reader version (or never), a batch at a time. */
export async function listArticlesReadBy(db: Queryable, notVersion: string, limit: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM articles WHERE story_reader IS DISTINCT FROM $1 ORDER BY id LIMIT $2', [notVersion, limit]);
  return rows.map((row) => row.id);
}

/**
 * Replaces one article's members with those read by `readerVersion`, and
 * marks both its old and its new subjects stale. Another process may be
 * reading the same article; the row lock makes one of them skip it, and
 * false says this one did.
 */
export async function replaceArticleMembers(db: Database, articleId: string, members: MemberRow[], readerVersion: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.query('SELECT id FROM articles WHERE id = $1 AND story_reader IS DISTINCT FROM $2 FOR UPDATE SKIP LOCKED', [articleId, readerVersion]);
    if (!locked) return false;
    const old = await tx.query<{ subject: string }>('DELETE FROM story_members WHERE article_id = $1 RETURNING subject', [articleId]);
    await tx.query(
      `INSERT INTO story_members (article_id, ordinal, subject, member)
       SELECT $1, m.ordinal, m.subject, m.member FROM jsonb_to_recordset($2::jsonb) AS m(ordinal int, subject text, member jsonb)`,
      [articleId, JSON.stringify(members)],
    );
    const subjects = [...new Set([...old.map((row) => row.subject), ...members.map((m) => m.subject)])].sort();
    await tx.query(
      `INSERT INTO story_subjects AS s (subject) SELECT unnest($1::text[]) ON CONFLICT (subject) DO UPDATE SET version = s.version + 1`,
      [subjects],
    );
    await tx.query('UPDATE articles SET story_reader = $2 WHERE id = $1', [articleId, readerVersion]);
    return true;
  });
}

/** Subjects with members newer than their derivation, by name; not one whose derivation failed at its present version. */
export async function listStaleSubjects(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ subject: string }>(
    'SELECT subject FROM story_subjects WHERE version > derived_version AND version IS DISTINCT FROM failed_version ORDER BY subject',
  );
  return rows.map((row) => row.subject);
}

/** Records that a subject's derivation at `version` could not be stored, and why; a later version is tried again. */
export async function markSubjectUnderivable(db: Queryable, subject: string, version: bigint, reason: string): Promise<void> {
  await db.query('UPDATE story_subjects SET failed_version = $2, failed_reason = $3 WHERE subject = $1', [subject, version.toString(), reason]);
}

/** A subject's version: bumped whenever a member of it is stored or replaced. */
export async function loadSubjectVersion(db: Queryable, subject: string): Promise<bigint | null> {
  const [row] = await db.query<{ version: string }>('SELECT version FROM story_subjects WHERE subject = $1', [subject]);
  return row ? BigInt(row.version) : null;
}

/**
 * Stores one subject's derivation (as rows: writeDerivedItems), made from its members as of `version`,
 * unless one made from the same or a newer version is stored already (another
 * process related it meanwhile); false says so. Members stored after
 * `version` leave the subject stale for the next run. Under the subject's
 * advisory lock, so two processes never interleave their rows.
 */
export async function saveDerivedSubject(db: Database, derived: DerivedSubject, version: bigint): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`corroborate story ${derived.subject}`]);
    const [row] = await tx.query<{ derived_version: string }>('SELECT derived_version FROM story_subjects WHERE subject = $1', [derived.subject]);
    if (!row || BigInt(row.derived_version) >= version) return false;
    await tx.query('DELETE FROM claims WHERE subject = $1', [derived.subject]);
    await tx.query(
      `INSERT INTO claims (id, subject, predicate, text, status, statement_count, source_count, stances, first_reported, last_reported, corrections)
       SELECT c.id, $1, c.predicate, c.text, c.status, c.statement_count, c.source_count, c.stances, c.first_reported, c.last_reported, c.corrections
       FROM jsonb_to_recordset($2::jsonb) AS c(id text, predicate text, text text, status text, statement_count int,
         source_count int, stances jsonb, first_reported date, last_reported date, corrections jsonb)`,
      [derived.subject, JSON.stringify(derived.claims)],
    );
    const counts = await writeDerivedItems(tx, derived.subject, derived.story);
    await tx.query('UPDATE story_subjects SET derived = $2, derived_version = $3, statement_count = $4 WHERE subject = $1', [
      derived.subject, JSON.stringify(counts), version.toString(), derived.statementCount,
    ]);
    return true;
  });
}
