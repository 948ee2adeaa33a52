import type { SubjectStory } from '../story/deriveSubject.js';
import { assembleStory } from '../story/toStory.js';
import type { Story } from '../story/types.js';
import type { Queryable } from './Database.js';

/** The stored story as derived by refreshStory, subjects in order of how much is said about them. */
export async function loadStory(db: Queryable): Promise<Story> {
  const rows = await db.query<{ derived: SubjectStory }>(
    'SELECT derived FROM story_subjects WHERE derived IS NOT NULL ORDER BY statement_count DESC, subject',
  );
  return assembleStory(rows.map((row) => row.derived));
}

export interface ClaimSummary {
  id: string;
  subject: string;
  predicate: string;
  text: string;
  status: string;
  statementCount: number;
  sourceCount: number;
  /** Independent sources per stance. */
  stances: Record<'asserts' | 'denies' | 'doubts' | 'reports', number>;
  firstReported: string | null;
  lastReported: string | null;
}

/** Claims, most-reported first, a page at a time. */
export async function listClaimSummaries(db: Queryable, page: { limit: number; offset: number }): Promise<{ total: number; claims: ClaimSummary[] }> {
  const [{ total }] = await db.query<{ total: number }>('SELECT count(*)::int AS total FROM claims');
  const claims = await db.query<ClaimSummary>(
    `SELECT id, subject, predicate, text, status, statement_count AS "statementCount", source_count AS "sourceCount", stances,
            first_reported::text AS "firstReported", last_reported::text AS "lastReported"
     FROM claims ORDER BY statement_count DESC, id LIMIT $1 OFFSET $2`,
    [page.limit, page.offset],
  );
  return { total, claims };
}

/** One subject's derivation: every claim of the subject with its relations, sources and history. */
export async function loadSubjectOfClaim(db: Queryable, claimId: string): Promise<SubjectStory | null> {
  const [row] = await db.query<{ derived: SubjectStory }>(
    'SELECT s.derived FROM claims c JOIN story_subjects s ON s.subject = c.subject WHERE c.id = $1',
    [claimId],
  );
  return row?.derived ?? null;
}
