import type { ClaimRecord, SourceRecord } from '../record/storyRecord.js';
import { toStoryRecord } from '../record/toStoryRecord.js';
import { assembleStory } from '../relate/assembleStory.js';
import type { Database } from '../store/Database.js';
import { findSubjectOfClaim, listSubjectVersions, loadDerivedSubjectInSteps, readStoryVersion } from '../store/storyVersions.js';

/** One derived subject's records, as of its derivation version. */
export interface SubjectRecords {
  subject: string;
  version: string;
  claims: ClaimRecord[];
  sources: SourceRecord[];
  /** Views of this subject (one claim's statements grouped), computed on first use for this version. */
  views: Map<string, unknown>;
}

/**
 * The stored story's records held in memory for the paged API routes, as of
 * one story version (readStoryVersion). Each subject is read from the store
 * once per derivation: a reader that finds the version moved reads again only
 * the subjects derived since (one more article on a big subject re-reads that
 * subject, not the story). Views over the whole story (the timeline's report
 * clock, the sources, the matrix) are computed once per version, on first
 * use, and kept beside it, so a page of them is a slice, not a pass over every
 * statement. Before this every request of /api/timeline, /api/sources and
 * /api/matrix read the whole story (1.5-3 s at 10,000 articles) and a claim
 * page its whole subject (1.4 s for a 16,000-statement claim).
 */
export interface StoryIndex {
  version: string;
  /** Subjects in the story's order (most statements first). */
  subjects: SubjectRecords[];
  claims: Map<string, ClaimRecord>;
  /** Views computed on first use for this version. */
  views: Map<string, unknown>;
}

const indexes = new WeakMap<Database, { current: StoryIndex | null; building: Promise<StoryIndex> | null; buildingVersion: string | null }>();

/** The index for the story as stored now: one small query when nothing changed. */
export async function readStoryIndex(db: Database): Promise<StoryIndex> {
  let slot = indexes.get(db);
  if (!slot) indexes.set(db, (slot = { current: null, building: null, buildingVersion: null }));
  const version = await readStoryVersion(db);
  if (slot.current?.version === version) return slot.current;
  if (slot.building && slot.buildingVersion === version) return slot.building;
  const building = buildIndex(db, version).then(
    (index) => {
      if (slot.building === building) {
        slot.current = index;
        slot.building = null;
      }
      return index;
    },
    (error: unknown) => {
      if (slot.building === building) slot.building = null;
      throw error;
    },
  );
  slot.building = building;
  slot.buildingVersion = version;
  return building;
}

/** A view over the whole story (or one subject), computed once per version. */
export function viewOf<T, Of extends { views: Map<string, unknown> }>(of: Of, name: string, compute: (of: Of) => T): T {
  if (!of.views.has(name)) of.views.set(name, compute(of));
  return of.views.get(name) as T;
}

/** Each subject's records as last read, with the derivation version they were asked for. */
const subjectCaches = new WeakMap<Database, Map<string, { version: string; records: Promise<SubjectRecords | null> }>>();

/**
 * One subject's records as of its derivation `version`, read once however
 * many ask at the same time: the index as it fills, and a claim page, which
 * needs only its own subject (claims are related only within a subject), so
 * it does not wait for the whole story's index after a start.
 */
function subjectRecordsAt(db: Database, subject: string, version: string): Promise<SubjectRecords | null> {
  let cache = subjectCaches.get(db);
  if (!cache) subjectCaches.set(db, (cache = new Map()));
  const cached = cache.get(subject);
  if (cached?.version === version) return cached.records;
  const records = readSubjectRecords(db, subject);
  const entry = { version, records };
  cache.set(subject, entry);
  records.catch(() => {
    if (cache.get(subject) === entry) cache.delete(subject);
  });
  return records;
}

/** The records of the subject a claim belongs to, as derived now; null when no derived claim has that id. */
export async function readSubjectOfClaim(db: Database, claimId: string): Promise<SubjectRecords | null> {
  const found = await findSubjectOfClaim(db, claimId);
  return found ? subjectRecordsAt(db, found.subject, found.version) : null;
}

async function buildIndex(db: Database, version: string): Promise<StoryIndex> {
  const listed = await listSubjectVersions(db);
  const subjects: SubjectRecords[] = [];
  for (const { subject, version: subjectVersion } of listed) {
    const records = await subjectRecordsAt(db, subject, subjectVersion);
    if (records) subjects.push(records);
  }
  // Subjects no longer derived (a store emptied by hand) leave the cache.
  const current = new Set(listed.map((s) => s.subject));
  const cache = subjectCaches.get(db);
  for (const subject of cache?.keys() ?? []) if (!current.has(subject)) cache!.delete(subject);
  const claims = new Map<string, ClaimRecord>();
  for (const subject of subjects) for (const claim of subject.claims) claims.set(claim.id, claim);
  return { version, subjects, claims, views: new Map() };
}

/**
 * One subject's claim and source records, its rows read a few thousand at a
 * time so that the server answers other requests while its index fills (the
 * story board took 8.2 s to answer a server just started on 10,000 articles,
 * 99.5 s on 100,000, waiting behind one query of every member).
 */
async function readSubjectRecords(db: Database, subject: string): Promise<SubjectRecords | null> {
  const row = await loadDerivedSubjectInSteps(db, subject);
  if (!row) return null;
  const { claims, sources } = toStoryRecord(assembleStory([row.derived]));
  return { subject, version: row.version, claims, sources, views: new Map() };
}
