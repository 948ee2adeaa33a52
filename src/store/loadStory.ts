import type { Claim, ClaimMember, ClaimNeighbourhood, Relation, Source, StatusChange, SubjectStory } from '../model/story.js';
import type { StanceCounts, Status } from '../model/vocabulary.js';
import type { CorrectionMark } from '../model/correction.js';
import type { Database, Queryable } from './Database.js';
import { inSnapshot, listItems, loadClaimMembers, loadSubjectStory, withMembers } from './derivedItems.js';

/** Every stored subject as relateStory derived it, in order of how much is said about them (most statements first, then by name). */
export async function loadDerivedSubjects(db: Queryable | Database): Promise<SubjectStory[]> {
  return inSnapshot(db, async (tx) => {
    const rows = await tx.query<{ subject: string }>('SELECT subject FROM story_subjects WHERE derived IS NOT NULL ORDER BY statement_count DESC, subject');
    const stories: SubjectStory[] = [];
    for (const { subject } of rows) {
      const story = await loadSubjectStory(tx, subject);
      if (story) stories.push(story);
    }
    return stories;
  });
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

/** Read from the subject's rows: its relations, its status changes, and how many sources each claim has (counted, not read). */
export async function loadClaimContext(db: Queryable, subject: string): Promise<ClaimContext> {
  const items = async <T>(list: 'relation' | 'status') => (await listItems<T>(db, subject, list)).map((row) => row.item);
  const counted = await db.query<{ claimId: string; n: number }>(
    `SELECT claim_id AS "claimId", count(*)::int AS n FROM derived_items WHERE subject = $1 AND list = 'source' GROUP BY claim_id`,
    [subject],
  );
  return {
    relations: await items<Relation>('relation'),
    statusHistory: await items<StatusChange>('status'),
    sourceCounts: Object.fromEntries(counted.map((row) => [row.claimId, row.n])),
  };
}

/**
 * One subject's claims (with their members), or its sources, in their stored
 * order, `pageSize` at a time through a cursor, so that the largest subject
 * (a story's main figure, 60,000 statements in a store of 10,000 articles)
 * is never held whole. Run it inside a transaction (cursors live in one).
 */
export async function* pagesOfSubject<T extends Claim | Source>(tx: Queryable, subject: string, list: 'claims' | 'sources', pageSize: number): AsyncGenerator<T[]> {
  await tx.query(
    `DECLARE subject_items NO SCROLL CURSOR FOR
     SELECT item FROM derived_items WHERE subject = $1 AND list = $2 ORDER BY ordinal`,
    [subject, list === 'claims' ? 'claim' : 'source'],
  );
  try {
    for (;;) {
      const rows = await tx.query<{ item: T }>(`FETCH ${Math.trunc(pageSize)} FROM subject_items`);
      if (rows.length) {
        const items = rows.map((row) => row.item);
        if (list === 'sources') yield items;
        else {
          const claims = items as Omit<Claim, 'members'>[];
          yield withMembers(claims, await loadClaimMembers(tx, subject, claims.map((claim) => claim.id))) as T[];
        }
      }
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
export async function loadSubjectOfClaim(db: Queryable | Database, claimId: string): Promise<SubjectStory | null> {
  return inSnapshot(db, async (tx) => {
    const [row] = await tx.query<{ subject: string }>('SELECT subject FROM claims WHERE id = $1', [claimId]);
    return row ? loadSubjectStory(tx, row.subject) : null;
  });
}

/** One claim's status changes, from its own rows. */
export async function loadClaimStatusHistory(db: Queryable, claimId: string): Promise<StatusChange[] | null> {
  const [claim] = await db.query('SELECT 1 FROM claims WHERE id = $1', [claimId]);
  if (!claim) return null;
  const rows = await db.query<{ item: StatusChange }>(`SELECT item FROM derived_items WHERE claim_id = $1 AND list = 'status' ORDER BY ordinal`, [claimId]);
  return rows.map((row) => row.item);
}

/**
 * What the story says around one claim, from the rows of it and its
 * neighbours: `check` weighs a statement that asserts a contradicting claim
 * ('he survived a coup attempt in January 2019' against 'killed in May
 * 2017') without loading the whole subject.
 */
export async function loadClaimNeighbourhood(db: Queryable, claimId: string): Promise<ClaimNeighbourhood | null> {
  const [row] = await db.query<{ subject: string; predicate: string; event_time: Claim['eventTime'] | null }>(
    `SELECT c.subject, c.predicate, d.item->'eventTime' AS event_time
     FROM claims c LEFT JOIN derived_items d ON d.claim_id = c.id AND d.list = 'claim' WHERE c.id = $1`,
    [claimId],
  );
  if (!row) return null;
  const relations = (await db.query<{ item: Relation }>(
    `SELECT item FROM derived_items WHERE subject = $1 AND list = 'relation' AND (claim_id = $2 OR item->>'to' = $2) ORDER BY ordinal`,
    [row.subject, claimId],
  )).map((r) => r.item);
  const others = [...new Set(relations.map((r) => (r.from === claimId ? r.to : r.from)))];
  const related = others.length ? await db.query<{ id: string; predicate: string }>('SELECT id, predicate FROM claims WHERE id = ANY($1)', [others]) : [];
  const asserting = others.length
    ? await db.query<{ claimId: string; item: ClaimMember }>(
      `SELECT claim_id AS "claimId", item FROM derived_items WHERE claim_id = ANY($1) AND list = 'member' AND item->>'stance' = 'asserts' ORDER BY ordinal`,
      [others],
    )
    : [];
  return {
    predicate: row.predicate,
    eventTime: row.event_time ?? null,
    relations,
    related: related.map((r) => ({ id: r.id, predicate: r.predicate, members: asserting.filter((m) => m.claimId === r.id).map((m) => m.item) })),
  };
}
