import { createHash } from 'node:crypto';
import type { Claim, ClaimMember, Relation, Source, StatusChange, SubjectStory } from '../model/story.js';
import type { Database, Queryable } from './Database.js';

/**
 * A subject's derivation as rows of derived_items (migration 012): one row
 * per claim (without its members), member, source, relation and status
 * change, each list in its own order. Stored whole, the largest subject of
 * a 100,000-article store was one 237 MB value that PGlite could not hold.
 */
export type DerivedList = 'claim' | 'member' | 'source' | 'relation' | 'status';

interface ItemRow {
  claimId: string;
  item: unknown;
}

/** How many items of each list a subject's derivation has; story_subjects.derived holds it. */
export type DerivedCounts = Partial<Record<DerivedList, number>>;

/** Rows go to the store in statements of at most this many characters of JSON, so no one parameter grows with the subject. */
const batchCharacters = 4_000_000;

/** Each list's rows with their ordinals: a member's counts within its claim, any other item's within its list. */
function rowsOf(story: SubjectStory): Record<DerivedList, (ItemRow & { ordinal: number })[]> {
  const numbered = (rows: ItemRow[]) => rows.map((row, ordinal) => ({ ...row, ordinal }));
  return {
    claim: numbered(story.claims.map(({ members: _members, ...claim }) => ({ claimId: claim.id, item: claim }))),
    member: story.claims.flatMap((claim) => claim.members.map((member, ordinal) => ({ claimId: claim.id, ordinal, item: member }))),
    source: numbered(story.sources.map((source) => ({ claimId: source.claimId, item: source }))),
    relation: numbered(story.relations.map((relation) => ({ claimId: relation.from, item: relation }))),
    status: numbered(story.statusHistory.map((change) => ({ claimId: change.claimId, item: change }))),
  };
}

const placeOf = (list: string, claimId: string, ordinal: number) => `${list}\u0000${claimId}\u0000${ordinal}`;

/**
 * Brings a subject's derived rows to `story`'s, inside the caller's
 * transaction, writing only the rows whose item changed and deleting those
 * gone: one more article on a subject of 25,000 statements appends members
 * to the claims it joins and rewrites what it moved (their claim rows, some
 * sources and status changes), not the whole subject. Returns how many items
 * of each list the subject now has.
 */
export async function writeDerivedItems(tx: Queryable, subject: string, story: SubjectStory): Promise<DerivedCounts> {
  const stored = new Map<string, string>();
  // Grouped by claim: a few hundred rows to decode rather than one per member (50,000 took 0.3 s on PGlite).
  for (const row of await tx.query<{ list: string; claim_id: string; ordinals: number[]; digests: string[] }>(
    `SELECT list, claim_id, array_agg(ordinal) AS ordinals, array_agg(digest) AS digests FROM derived_items WHERE subject = $1 GROUP BY list, claim_id`,
    [subject],
  )) row.ordinals.forEach((ordinal, i) => stored.set(placeOf(row.list, row.claim_id, ordinal), row.digests[i]));
  const counts: DerivedCounts = {};
  const changed: string[] = [];
  for (const [list, rows] of Object.entries(rowsOf(story)) as [DerivedList, (ItemRow & { ordinal: number })[]][]) {
    if (rows.length) counts[list] = rows.length;
    for (const row of rows) {
      const json = JSON.stringify(row.item);
      const digest = createHash('sha1').update(json).digest('base64');
      const place = placeOf(list, row.claimId, row.ordinal);
      if (stored.get(place) !== digest) changed.push(`{"l":${JSON.stringify(list)},"c":${JSON.stringify(row.claimId)},"o":${row.ordinal},"d":"${digest}","i":${json}}`);
      stored.delete(place);
    }
  }
  const gone = [...stored.keys()].map((place) => {
    const [list, claimId, ordinal] = place.split('\u0000');
    return JSON.stringify({ l: list, c: claimId, o: Number(ordinal) });
  });
  for (const batch of batches(gone)) {
    await tx.query(
      `DELETE FROM derived_items d USING jsonb_to_recordset($2::jsonb) AS r(l text, c text, o int)
       WHERE d.subject = $1 AND d.list = r.l AND d.claim_id = r.c AND d.ordinal = r.o`,
      [subject, batch],
    );
  }
  for (const batch of batches(changed)) {
    await tx.query(
      `INSERT INTO derived_items (subject, list, claim_id, ordinal, digest, item)
       SELECT $1, r.l, r.c, r.o, r.d, r.i FROM jsonb_to_recordset($2::jsonb) AS r(l text, c text, o int, d text, i jsonb)
       ON CONFLICT (subject, list, claim_id, ordinal) DO UPDATE SET digest = EXCLUDED.digest, item = EXCLUDED.item`,
      [subject, batch],
    );
  }
  return counts;
}

/** JSON arrays of the given rows, each at most batchCharacters long (or one row, if a row alone is longer). */
function* batches(rows: string[]): Generator<string> {
  let batch: string[] = [];
  let characters = 0;
  for (const row of rows) {
    if (batch.length && characters + row.length > batchCharacters) {
      yield `[${batch.join(',')}]`;
      batch = [];
      characters = 0;
    }
    batch.push(row);
    characters += row.length + 1;
  }
  if (batch.length) yield `[${batch.join(',')}]`;
}

/** One list of a subject's rows, in its order, each with the claim it belongs to. */
export async function listItems<T>(db: Queryable, subject: string, list: DerivedList): Promise<{ claimId: string; item: T }[]> {
  return db.query<{ claimId: string; item: T }>('SELECT claim_id AS "claimId", item FROM derived_items WHERE subject = $1 AND list = $2 ORDER BY ordinal', [subject, list]);
}

/** Puts each claim's members back on it, in their stored order. */
export function withMembers(claims: Omit<Claim, 'members'>[], members: { claimId: string; item: ClaimMember }[]): Claim[] {
  const byClaim = new Map<string, ClaimMember[]>(claims.map((claim) => [claim.id, []]));
  for (const member of members) byClaim.get(member.claimId)?.push(member.item);
  return claims.map((claim) => ({ ...claim, members: byClaim.get(claim.id) ?? [] }));
}

/**
 * Runs reads that must see one version of the story in a read-only snapshot:
 * a subject's rows are read list by list, and a process that relates the
 * subject meanwhile must not give claims of one derivation and members of
 * the next. Inside a caller's transaction (a Queryable without one), the
 * caller's snapshot serves.
 */
export async function inSnapshot<T>(db: Queryable | Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  if (!('transaction' in db)) return work(db);
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return work(tx);
  });
}

/** One subject's derivation, put together from its rows in one snapshot; null when it has not been derived. */
export async function loadSubjectStory(db: Queryable | Database, subject: string): Promise<SubjectStory | null> {
  return inSnapshot(db, (tx) => readSubjectStory(tx, subject));
}

async function readSubjectStory(db: Queryable, subject: string): Promise<SubjectStory | null> {
  const [derived] = await db.query('SELECT 1 FROM story_subjects WHERE subject = $1 AND derived IS NOT NULL', [subject]);
  if (!derived) return null;
  return storyOfLists({
    claim: await listItems(db, subject, 'claim'),
    member: await listItems(db, subject, 'member'),
    source: await listItems(db, subject, 'source'),
    relation: await listItems(db, subject, 'relation'),
    status: await listItems(db, subject, 'status'),
  });
}

/** Each list's rows in its stored order (a member's within its claim). */
export type DerivedRows = Record<DerivedList, { claimId: string; item: unknown }[]>;

export const derivedLists: readonly DerivedList[] = ['claim', 'member', 'source', 'relation', 'status'];

/** A subject's derivation put back together from its rows. */
export function storyOfLists(rows: DerivedRows): SubjectStory {
  const items = <T>(list: DerivedList) => rows[list].map((row) => row.item as T);
  return {
    claims: withMembers(items<Omit<Claim, 'members'>>('claim'), rows.member as { claimId: string; item: ClaimMember }[]),
    sources: items<Source>('source'),
    relations: items<Relation>('relation'),
    statusHistory: items<StatusChange>('status'),
  };
}

/**
 * One list of a subject's rows, `rowsPerStep` at a time in the primary key's
 * order, calling `betweenSteps` after each: PGlite runs a query to its end
 * on the thread that also answers HTTP requests, so the 260,000 members of a
 * 10,000-article story read in one query held every request for 5 s. Not a
 * snapshot: the caller checks that the subject was not derived again
 * meanwhile (loadDerivedSubjectInSteps).
 */
export async function listItemsInSteps(db: Queryable, subject: string, list: DerivedList, rowsPerStep: number, betweenSteps: () => Promise<void>): Promise<{ claimId: string; item: unknown }[]> {
  const rows: { claimId: string; ordinal: number; item: unknown }[] = [];
  for (;;) {
    const last = rows.at(-1);
    const step = await db.query<{ claimId: string; ordinal: number; item: unknown }>(
      `SELECT claim_id AS "claimId", ordinal, item FROM derived_items
       WHERE subject = $1 AND list = $2 AND (claim_id, ordinal) > ($3, $4) ORDER BY claim_id, ordinal LIMIT $5`,
      [subject, list, last?.claimId ?? '', last?.ordinal ?? -1, rowsPerStep],
    );
    rows.push(...step);
    if (step.length < rowsPerStep) break;
    await betweenSteps();
  }
  // A member's ordinal counts within its claim, so members stay grouped by claim; every other list is one sequence.
  if (list !== 'member') rows.sort((a, b) => a.ordinal - b.ordinal);
  return rows.map(({ claimId, item }) => ({ claimId, item }));
}

/** The members of some claims of one subject, in their stored order. */
export async function loadClaimMembers(db: Queryable, subject: string, claimIds: string[]): Promise<{ claimId: string; item: ClaimMember }[]> {
  return db.query<{ claimId: string; item: ClaimMember }>(
    `SELECT claim_id AS "claimId", item FROM derived_items WHERE subject = $1 AND list = 'member' AND claim_id = ANY($2) ORDER BY ordinal`,
    [subject, claimIds],
  );
}
