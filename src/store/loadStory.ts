import type { Claim, ClaimMember, ClaimNeighbourhood, Relation, Source, StatusChange, SubjectStory } from '../model/story.js';
import type { StanceCounts, Status } from '../model/vocabulary.js';
import type { CorrectionMark } from '../model/correction.js';
import type { Queryable } from './Database.js';

/** Every stored subject as relateStory derived it, in order of how much is said about them (most statements first, then by name). */
export async function loadDerivedSubjects(db: Queryable): Promise<SubjectStory[]> {
  const rows = await db.query<{ derived: SubjectStory }>(
    'SELECT derived FROM story_subjects WHERE derived IS NOT NULL ORDER BY statement_count DESC, subject',
  );
  return rows.map((row) => row.derived);
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

/** What one subject's claim records need besides the claims themselves: relations, status history, and how many sources each claim has. */
export interface ClaimContext {
  relations: Relation[];
  statusHistory: StatusChange[];
  sourceCounts: Record<string, number>;
}

/**
 * Each part in a statement of its own: the database unpacks the whole stored
 * subject for every use of it in a statement, so three parts in one
 * statement held three copies of the largest subject (76 MB each at 10,000
 * articles) at once.
 */
export async function loadClaimContext(db: Queryable, subject: string): Promise<ClaimContext> {
  const part = async <T>(expression: string, empty: T): Promise<T> => {
    const [row] = await db.query<{ part: T }>(`SELECT ${expression} AS part FROM story_subjects WHERE subject = $1 AND derived IS NOT NULL`, [subject]);
    return row?.part ?? empty;
  };
  return {
    relations: await part<Relation[]>(`derived->'relations'`, []),
    statusHistory: await part<StatusChange[]>(`derived->'statusHistory'`, []),
    sourceCounts: await part<Record<string, number>>(
      `(SELECT coalesce(jsonb_object_agg(claim, n), '{}') FROM
         (SELECT source->>'claimId' AS claim, count(*) AS n FROM jsonb_array_elements(derived->'sources') AS source GROUP BY 1) AS counted)`,
      {},
    ),
  };
}

/**
 * One subject's claims, or its sources, in their stored order, `pageSize` at
 * a time through a cursor: the subject is one stored value, and the largest
 * (a story's main figure, 60,000 statements in a store of 10,000 articles)
 * would otherwise come back as one reply of hundreds of megabytes. Run it
 * inside a transaction (cursors live in one). The rows of a set-returning
 * function over one row come in the array's order.
 */
export async function* pagesOfSubject<T extends Claim | Source>(tx: Queryable, subject: string, list: 'claims' | 'sources', pageSize: number): AsyncGenerator<T[]> {
  await tx.query(
    `DECLARE subject_items NO SCROLL CURSOR FOR
     SELECT item FROM story_subjects AS s, jsonb_array_elements(s.derived->'${list === 'claims' ? 'claims' : 'sources'}') AS item
     WHERE s.subject = $1 AND s.derived IS NOT NULL`,
    [subject],
  );
  try {
    for (;;) {
      const rows = await tx.query<{ item: T }>(`FETCH ${Math.trunc(pageSize)} FROM subject_items`);
      if (rows.length) yield rows.map((row) => row.item);
      if (rows.length < pageSize) return;
    }
  } finally {
    await tx.query('CLOSE subject_items');
  }
}

export interface ClaimSummary {
  id: string;
  subject: string;
  predicate: string;
  text: string;
  status: Status;
  statementCount: number;
  sourceCount: number;
  /** Independent sources per stance. */
  stances: StanceCounts;
  firstReported: string | null;
  lastReported: string | null;
  /** The corrections by hand that changed it; empty when none did. */
  corrections: CorrectionMark[];
}

/** Claims, most-reported first, a page at a time. */
export async function listClaimSummaries(db: Queryable, page: { limit: number; offset: number }): Promise<{ total: number; claims: ClaimSummary[] }> {
  const [{ total }] = await db.query<{ total: number }>('SELECT count(*)::int AS total FROM claims');
  const claims = await db.query<ClaimSummary>(
    `SELECT id, subject, predicate, text, status, statement_count AS "statementCount", source_count AS "sourceCount", stances,
            first_reported::text AS "firstReported", last_reported::text AS "lastReported", corrections
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

/** One claim's status changes, read out of its subject's derivation in the database rather than loading the whole subject. */
export async function loadClaimStatusHistory(db: Queryable, claimId: string): Promise<StatusChange[] | null> {
  const [row] = await db.query<{ history: StatusChange[] | null }>(
    `SELECT jsonb_path_query_array(s.derived -> 'statusHistory', '$[*] ? (@.claimId == $id)', jsonb_build_object('id', c.id)) AS history
     FROM claims c JOIN story_subjects s ON s.subject = c.subject WHERE c.id = $1`,
    [claimId],
  );
  return row?.history ?? null;
}

/**
 * What the story says around one claim, read out of its subject's
 * derivation in the database: `check` weighs a statement that asserts a
 * contradicting claim ('he survived a coup attempt in January 2019' against
 * 'killed in May 2017') without loading the whole subject.
 */
export async function loadClaimNeighbourhood(db: Queryable, claimId: string): Promise<ClaimNeighbourhood | null> {
  const [row] = await db.query<{ predicate: string; event_time: Claim['eventTime']; relations: Relation[] | null }>(
    `SELECT c.predicate, jsonb_path_query_first(s.derived, '$.claims[*] ? (@.id == $id).eventTime', jsonb_build_object('id', c.id)) AS event_time,
            jsonb_path_query_array(s.derived, '$.relations[*] ? (@.from == $id || @.to == $id)', jsonb_build_object('id', c.id)) AS relations
     FROM claims c JOIN story_subjects s ON s.subject = c.subject WHERE c.id = $1`,
    [claimId],
  );
  if (!row) return null;
  const relations = row.relations ?? [];
  const others = [...new Set(relations.map((r) => (r.from === claimId ? r.to : r.from)))];
  const related = others.length
    ? await db.query<{ id: string; predicate: string; members: ClaimMember[] | null }>(
      `SELECT c.id, c.predicate,
              jsonb_path_query_array(s.derived, '$.claims[*] ? (@.id == $id).members[*] ? (@.stance == "asserts")', jsonb_build_object('id', c.id)) AS members
       FROM claims c JOIN story_subjects s ON s.subject = c.subject WHERE c.id = ANY($1)`,
      [others],
    )
    : [];
  return { predicate: row.predicate, eventTime: row.event_time, relations, related: related.map((r) => ({ id: r.id, predicate: r.predicate, members: r.members ?? [] })) };
}
