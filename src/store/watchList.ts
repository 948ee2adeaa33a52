import type { CheckArticle } from '../model/checkRecord.js';
import type { Queryable } from './Database.js';

export interface WatchedRow {
  id: string;
  claim: string;
  added: string;
}

/** Adds a claim to the watch list; false when the id is already taken. */
export async function insertWatchedClaim(db: Queryable, id: string, claim: string): Promise<boolean> {
  const rows = await db.query('INSERT INTO watched_claims (id, claim) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [id, claim]);
  return rows.length > 0;
}

/** The watched claims in the order they were added. */
export async function listWatchedRows(db: Queryable): Promise<WatchedRow[]> {
  return db.query<WatchedRow>(
    `SELECT id, claim, to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS added FROM watched_claims ORDER BY added_at, id`,
  );
}

export async function findWatchedRow(db: Queryable, id: string): Promise<WatchedRow | null> {
  const [row] = await db.query<WatchedRow>(
    `SELECT id, claim, to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS added FROM watched_claims WHERE id = $1`,
    [id],
  );
  return row ?? null;
}

/** Removes a watched claim and what was found for it; false when there was none. */
export async function deleteWatchedClaim(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM watched_claims WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}

/**
 * Records what each article says about a watched claim (null: it does not
 * bear on it), so it is not checked again; returns how many were recorded
 * (fewer when the claim or an article was removed meanwhile).
 */
export async function saveWatchChecks(db: Queryable, claimId: string, checks: { articleId: string; judgement: CheckArticle | null }[]): Promise<number> {
  if (!checks.length) return 0;
  const saved = await db.query(
    `INSERT INTO watch_checks (claim_id, article_id, judgement)
     SELECT $1, c.article_id, c.judgement FROM jsonb_to_recordset($2::jsonb) AS c(article_id text, judgement jsonb)
     WHERE EXISTS (SELECT 1 FROM watched_claims WHERE id = $1) AND EXISTS (SELECT 1 FROM articles WHERE id = c.article_id)
     ON CONFLICT (claim_id, article_id) DO UPDATE SET judgement = EXCLUDED.judgement
     RETURNING article_id`,
    [claimId, JSON.stringify(checks.map((c) => ({ article_id: c.articleId, judgement: c.judgement })))],
  );
  return saved.length;
}

/** The articles that bear on a watched claim, as they were judged, by publication date. */
export async function loadWatchJudgements(db: Queryable, claimId: string): Promise<CheckArticle[]> {
  const rows = await db.query<{ judgement: CheckArticle }>(
    `SELECT w.judgement FROM watch_checks w JOIN articles a ON a.id = w.article_id
     WHERE w.claim_id = $1 AND w.judgement IS NOT NULL ORDER BY a.published NULLS LAST, a.id`,
    [claimId],
  );
  return rows.map((row) => row.judgement);
}
