import { deriveSubject, type SubjectStory } from '../story/deriveSubject.js';
import { emptyClaimIndex, groupClaims } from '../story/groupClaims.js';
import { readMembers, storyReaderVersion } from '../story/readMembers.js';
import type { Database, Queryable } from './Database.js';
import { loadArticleRecord } from './loadArticles.js';
import { loadSubjectMembers } from './loadSubjectMembers.js';

export interface RefreshSummary {
  /** Articles whose members were read again (stored before the story existed, or by an older reader). */
  reread: number;
  /** Subjects whose claims, relations and status were derived again. */
  derived: number;
  ms: number;
}

/**
 * Brings the stored story up to date with the stored articles. Only what
 * changed is redone: articles read by an older story reader are read again,
 * and only subjects with new members are derived again, each from its own
 * members alone (claims are only ever compared within one subject). Safe to
 * run from several processes at once: each subject is derived under its own
 * advisory lock, and a derivation records the version it was computed from,
 * so members stored meanwhile leave the subject stale for the next run.
 */
export async function refreshStory(db: Database): Promise<RefreshSummary> {
  const started = performance.now();
  const reread = await rereadStaleArticles(db);
  await db.query(
    `INSERT INTO story_meta (key, value) VALUES ('reader_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [storyReaderVersion],
  );
  const stale = await db.query<{ subject: string }>('SELECT subject FROM story_subjects WHERE version > derived_version ORDER BY subject');
  for (const { subject } of stale) await deriveStoredSubject(db, subject);
  return { reread, derived: stale.length, ms: performance.now() - started };
}

/**
 * Whether anything is waiting for refreshStory: a cheap check for readers
 * that want a fresh story (two index lookups, not a scan of the articles).
 * New articles are stored with their members, so they only make subjects
 * stale; a new story reader is seen through story_meta, set by the last
 * refresh that read the whole store.
 */
export async function storyIsStale(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ stale: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM story_subjects WHERE version > derived_version)
         OR (SELECT value FROM story_meta WHERE key = 'reader_version') IS DISTINCT FROM $1 AS stale`,
    [storyReaderVersion],
  );
  return row.stale;
}

async function rereadStaleArticles(db: Database): Promise<number> {
  let count = 0;
  for (;;) {
    const batch = await db.query<{ id: string }>('SELECT id FROM articles WHERE story_reader IS DISTINCT FROM $1 ORDER BY id LIMIT 200', [storyReaderVersion]);
    if (!batch.length) return count;
    for (const { id } of batch) {
      const record = await loadArticleRecord(db, id);
      if (!record) continue;
      const members = readMembers(record).map((member, ordinal) => ({ ordinal, subject: member.proposition.subject, member }));
      await db.transaction(async (tx) => {
        // Another process may be reading the same article; the row lock makes one of them skip it.
        const [locked] = await tx.query('SELECT id FROM articles WHERE id = $1 AND story_reader IS DISTINCT FROM $2 FOR UPDATE SKIP LOCKED', [id, storyReaderVersion]);
        if (!locked) return;
        const old = await tx.query<{ subject: string }>('DELETE FROM story_members WHERE article_id = $1 RETURNING subject', [id]);
        await tx.query(
          `INSERT INTO story_members (article_id, ordinal, subject, member)
           SELECT $1, m.ordinal, m.subject, m.member FROM jsonb_to_recordset($2::jsonb) AS m(ordinal int, subject text, member jsonb)`,
          [id, JSON.stringify(members)],
        );
        const subjects = [...new Set([...old.map((row) => row.subject), ...members.map((m) => m.subject)])].sort();
        await tx.query(
          `INSERT INTO story_subjects AS s (subject) SELECT unnest($1::text[]) ON CONFLICT (subject) DO UPDATE SET version = s.version + 1`,
          [subjects],
        );
        await tx.query('UPDATE articles SET story_reader = $2 WHERE id = $1', [id, storyReaderVersion]);
      });
      count += 1;
    }
  }
}

/** The current status of each claim: its last status change, or 'unverified' when no member has a date. */
function currentStatus(derived: SubjectStory, claimId: string): string {
  return derived.statusHistory.filter((change) => change.claimId === claimId).at(-1)?.status ?? 'unverified';
}

async function deriveStoredSubject(db: Database, subject: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`corroborate story ${subject}`]);
    const [row] = await tx.query<{ version: string; derived_version: string }>('SELECT version, derived_version FROM story_subjects WHERE subject = $1', [subject]);
    if (!row || BigInt(row.version) <= BigInt(row.derived_version)) return;
    const members = await loadSubjectMembers(tx, subject);
    const index = emptyClaimIndex();
    groupClaims(index, members);
    const derived = deriveSubject([...index.claims.values()]);
    const claimRows = derived.claims.map((claim) => {
      const sources = derived.sources.filter((s) => s.claimId === claim.id);
      const stances = { asserts: 0, denies: 0, doubts: 0, reports: 0 };
      for (const source of sources) stances[source.stance] += 1;
      const dates = claim.members.map((m) => m.reportedOn).filter((d): d is string => d !== null).sort();
      return {
        id: claim.id, predicate: claim.predicate, text: claim.text, status: currentStatus(derived, claim.id),
        statement_count: claim.members.length, source_count: sources.length, stances,
        first_reported: dates[0] ?? null, last_reported: dates.at(-1) ?? null,
      };
    });
    await tx.query('DELETE FROM claims WHERE subject = $1', [subject]);
    await tx.query(
      `INSERT INTO claims (id, subject, predicate, text, status, statement_count, source_count, stances, first_reported, last_reported)
       SELECT c.id, $1, c.predicate, c.text, c.status, c.statement_count, c.source_count, c.stances, c.first_reported, c.last_reported
       FROM jsonb_to_recordset($2::jsonb) AS c(id text, predicate text, text text, status text, statement_count int,
         source_count int, stances jsonb, first_reported date, last_reported date)`,
      [subject, JSON.stringify(claimRows)],
    );
    await tx.query('UPDATE story_subjects SET derived = $2, derived_version = $3, statement_count = $4 WHERE subject = $1', [
      subject, JSON.stringify(derived), row.version, members.length,
    ]);
  });
}
