import type { ClaimRecord, SourceRecord, StoryRecord } from '../record/storyRecord.js';
import { toClaimRecord, toSourceRecord } from '../record/toStoryRecord.js';
import type { Database, Queryable } from '../store/Database.js';
import { listClaimSummaries, loadDerivedSubjects, loadSubjectOfClaim, type ClaimSummary } from '../store/loadStory.js';
import { currentStatus } from '../relate/relateSubject.js';
import { assembleStory } from '../relate/assembleStory.js';
import type { Status, Story } from '../relate/types.js';
import { streamStoryRecord } from './streamStoryRecord.js';

/** The id matched no claim; the shells map it to exit code 2 or HTTP 404. */
export class ClaimNotFound extends Error {
  override name = 'ClaimNotFound';
}

/** The whole story across all stored articles, as last related (readers never relate; isStoryStale says whether it lags). */
export async function readStory(db: Database): Promise<Story> {
  return assembleStory(await loadDerivedSubjects(db));
}

/** The whole story record in memory, for the shells that lay it out; writers of JSON stream it with streamStoryRecord instead. */
export async function readStoryRecord(db: Database): Promise<StoryRecord> {
  const record: StoryRecord = { claims: [], sources: [] };
  let section: ClaimRecord[] | SourceRecord[] = record.claims;
  await streamStoryRecord(db, {
    startArray: async (key) => void (section = record[key]),
    add: async (item) => void (section as (ClaimRecord | SourceRecord)[]).push(item),
  });
  return record;
}

/** Claims, most-reported first, a page at a time. */
export async function listClaims(db: Database, page: { limit: number; offset: number }): Promise<{ total: number; claims: ClaimSummary[] }> {
  return listClaimSummaries(db, page);
}

export interface ClaimView {
  claim: ClaimRecord;
  /** The claims it is related to, with their text and status, for display. */
  related: { id: string; text: string; status: Status }[];
  sources: SourceRecord[];
}

/** One claim with its statements, relations, status history and sources. */
export async function findClaim(db: Database, id: string): Promise<ClaimView> {
  const subject = await loadSubjectOfClaim(db as Queryable, id.trim());
  const claim = subject?.claims.find((c) => c.id === id.trim());
  if (!subject || !claim) throw new ClaimNotFound(`no claim has the id "${id}"; list them with: corroborate claims`);
  const sources = subject.sources.filter((s) => s.claimId === claim.id);
  const record = toClaimRecord(claim, subject.relations, subject.statusHistory, sources.length);
  const related = record.relations.map((relation) => {
    const other = subject.claims.find((c) => c.id === relation.claim)!;
    return { id: other.id, text: other.text, status: currentStatus(subject, other.id) };
  });
  return { claim: record, related, sources: sources.map(toSourceRecord) };
}

export interface CorpusSpan {
  count: number;
  outlets: number;
  first: string | null;
  last: string | null;
}

/** How many articles and outlets the story rests on, and the span of their publication dates. */
export async function readCorpusSpan(db: Queryable): Promise<CorpusSpan> {
  const [row] = await db.query<CorpusSpan>(
    `SELECT count(*)::int AS count, count(DISTINCT outlet)::int AS outlets, min(published)::text AS first, max(published)::text AS last FROM articles`,
  );
  return row;
}
