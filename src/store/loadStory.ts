import type { SubjectStory } from '../story/deriveSubject.js';
import { assembleStory } from '../story/toStory.js';
import type { Claim, Relation, Source, StatusChange, Story } from '../story/types.js';
import type { Queryable } from './Database.js';

/** The stored story as derived by refreshStory, subjects in order of how much is said about them. */
export async function loadStory(db: Queryable): Promise<Story> {
  const rows = await db.query<{ derived: SubjectStory }>(
    'SELECT derived FROM story_subjects WHERE derived IS NOT NULL ORDER BY statement_count DESC, subject',
  );
  return assembleStory(rows.map((row) => row.derived));
}

/** Where a subject stands in the story's order: most statements first, then by name. */
export interface SubjectPlace {
  subject: string;
  statementCount: number;
}

/**
 * The derived subjects in the story's order, a page at a time after `after`
 * (keyset paging: each page is an index range, however far into the story),
 * so a reader can go subject by subject without holding the whole story.
 */
export async function listDerivedSubjects(db: Queryable, after: SubjectPlace | null, limit: number): Promise<SubjectPlace[]> {
  return db.query<SubjectPlace>(
    `SELECT subject, statement_count AS "statementCount" FROM story_subjects
     WHERE derived IS NOT NULL AND ($1::int IS NULL OR statement_count < $1 OR (statement_count = $1 AND subject > $2))
     ORDER BY statement_count DESC, subject LIMIT $3`,
    [after?.statementCount ?? null, after?.subject ?? null, limit],
  );
}

/** One subject's claims with their relations and status history, and how many sources each claim has: its claim records, without reading its sources. */
export interface SubjectClaims {
  claims: Claim[];
  relations: Relation[];
  statusHistory: StatusChange[];
  sourceCounts: Record<string, number>;
}

export async function loadSubjectClaims(db: Queryable, subject: string): Promise<SubjectClaims | null> {
  const [row] = await db.query<SubjectClaims>(
    `SELECT derived->'claims' AS claims, derived->'relations' AS relations, derived->'statusHistory' AS "statusHistory",
            (SELECT coalesce(jsonb_object_agg(claim, n), '{}') FROM
              (SELECT source->>'claimId' AS claim, count(*) AS n FROM jsonb_array_elements(derived->'sources') AS source GROUP BY 1) AS counted) AS "sourceCounts"
     FROM story_subjects WHERE subject = $1 AND derived IS NOT NULL`,
    [subject],
  );
  return row ?? null;
}

/** One subject's sources: each original utterance with its echoes. */
export async function loadSubjectSources(db: Queryable, subject: string): Promise<Source[]> {
  const [row] = await db.query<{ sources: Source[] }>(`SELECT derived->'sources' AS sources FROM story_subjects WHERE subject = $1 AND derived IS NOT NULL`, [subject]);
  return row?.sources ?? [];
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
