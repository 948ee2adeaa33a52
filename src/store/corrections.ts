import type { CorrectionRecord, CorrectionTarget, SpeakerRef, StatementKey } from '../model/correction.js';
import type { Queryable } from './Database.js';

const iso = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const selectCorrection = `SELECT id::int AS id, ${iso('made_at')} AS at, made_by AS by, note, target, previous,
  ${iso('undone_at')} AS undone_at, undone_by FROM corrections`;

/** Appends one correction to the log; the store gives it its id and time. */
export async function appendCorrection(
  db: Queryable,
  entry: { by: string; note: string; target: CorrectionTarget; previous: CorrectionRecord['previous'] },
): Promise<CorrectionRecord> {
  const [row] = await db.query<CorrectionRecord>(
    `WITH added AS (INSERT INTO corrections (made_by, note, kind, target, previous) VALUES ($1, $2, $3, $4, $5) RETURNING *)
     ${selectCorrection.replace('FROM corrections', 'FROM added')}`,
    [entry.by, entry.note, entry.target.kind, JSON.stringify(entry.target), entry.previous === null ? null : JSON.stringify(entry.previous)],
  );
  return row;
}

/** The whole log, in the order made, undone ones included. */
export const listCorrections = (db: Queryable): Promise<CorrectionRecord[]> => db.query<CorrectionRecord>(`${selectCorrection} ORDER BY id`);

/** The corrections in force (not undone), in the order made. */
export const loadCorrectionsInForce = (db: Queryable): Promise<CorrectionRecord[]> =>
  db.query<CorrectionRecord>(`${selectCorrection} WHERE undone_at IS NULL ORDER BY id`);

export async function loadCorrection(db: Queryable, id: number): Promise<CorrectionRecord | null> {
  const [row] = await db.query<CorrectionRecord>(`${selectCorrection} WHERE id = $1`, [id]);
  return row ?? null;
}

/** Marks a correction undone (never deletes it); null when it was undone already or is not in the log. */
export async function markCorrectionUndone(db: Queryable, id: number, by: string): Promise<CorrectionRecord | null> {
  const [row] = await db.query<CorrectionRecord>(
    `WITH undone AS (UPDATE corrections SET undone_at = now(), undone_by = $2 WHERE id = $1 AND undone_at IS NULL RETURNING *)
     ${selectCorrection.replace('FROM corrections', 'FROM undone')}`,
    [id, by],
  );
  return row ?? null;
}

/** Marks articles for their members to be read again (relateStory reads them with the corrections in force). */
export async function markArticlesUnread(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.query('UPDATE articles SET story_reader = NULL WHERE id = ANY($1::text[])', [[...ids]]);
}

export interface ArticleMetadataRow {
  outlet: { name: string; how: string };
  published: { value: string | null; earliest: string | null; latest: string | null; how: string; confidence: number };
}

/** An article's outlet and publication date as stored. */
export async function loadArticleMetadata(db: Queryable, id: string): Promise<ArticleMetadataRow | null> {
  const [row] = await db.query<ArticleMetadataRow>(
    `SELECT jsonb_build_object('name', outlet, 'how', outlet_how) AS outlet,
            jsonb_build_object('value', published::text, 'earliest', published_earliest::text, 'latest', published_latest::text,
              'how', published_how, 'confidence', published_confidence) AS published
     FROM articles WHERE id = $1`,
    [id],
  );
  return row ?? null;
}

/** Sets an article's outlet and publication date as given (a correction, or its undo). */
export async function saveArticleMetadata(db: Queryable, id: string, metadata: ArticleMetadataRow): Promise<void> {
  const { outlet, published } = metadata;
  await db.query(
    `UPDATE articles SET outlet = $2, outlet_how = $3, published = $4, published_earliest = $5, published_latest = $6, published_how = $7, published_confidence = $8
     WHERE id = $1`,
    [id, outlet.name, outlet.how, published.value, published.earliest, published.latest, published.how, published.confidence],
  );
}

/** A statement of the story (one that bears on a claim), by article and statement id, as a key; null when the story holds none. */
export async function findStoryStatement(db: Queryable, articleId: string, statementId: string): Promise<StatementKey | null> {
  const [row] = await db.query<{ text: string }>(
    `SELECT member->'ref'->>'text' AS text FROM story_members WHERE article_id = $1 AND member->'ref'->>'statementId' = $2 ORDER BY ordinal LIMIT 1`,
    [articleId, statementId],
  );
  return row ? { articleId, statementId, text: row.text } : null;
}

/**
 * A speaker of the story by key ('oszko') or by name as shown ('Mira
 * Oszko'), any case, the key first: one person read under two keys ('oszko'
 * where the article knows her as a person, 'mira oszko' where it does not)
 * is told apart by them. Null when no statement has it.
 */
export async function findStorySpeaker(db: Queryable, name: string): Promise<SpeakerRef | null> {
  const [row] = await db.query<SpeakerRef>(
    `SELECT member->'attribution'->>'speaker' AS name, member->'attribution'->>'speakerKey' AS key FROM story_members
     WHERE lower(member->'attribution'->>'speaker') = lower($1) OR member->'attribution'->>'speakerKey' = lower($1)
     ORDER BY member->'attribution'->>'speakerKey' = lower($1) DESC, article_id, ordinal LIMIT 1`,
    [name.trim()],
  );
  return row ?? null;
}

/** Articles with a statement by any of these speakers (by name or key). */
export async function articlesOfSpeakers(db: Queryable, speakers: readonly SpeakerRef[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT article_id AS id FROM story_members
     WHERE lower(member->'attribution'->>'speaker') = ANY($1::text[]) OR member->'attribution'->>'speakerKey' = ANY($2::text[]) ORDER BY 1`,
    [speakers.map((s) => s.name.toLowerCase()), speakers.map((s) => s.key)],
  );
  return rows.map((row) => row.id);
}

/** Ids of the corrections that changed an article's members. */
export async function correctionIdsOfArticle(db: Queryable, articleId: string): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT DISTINCT (mark->>'id')::int AS id FROM story_members, jsonb_array_elements(coalesce(member->'corrections', '[]'::jsonb)) AS mark
     WHERE article_id = $1 ORDER BY 1`,
    [articleId],
  );
  return rows.map((row) => row.id);
}
