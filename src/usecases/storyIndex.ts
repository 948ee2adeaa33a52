import type { ClaimRecord, SourceRecord } from '../record/storyRecord.js';
import { toStoryRecord } from '../record/toStoryRecord.js';
import { assembleStory } from '../relate/assembleStory.js';
import type { Database } from '../store/Database.js';
import { listSubjectVersions, loadDerivedSubjectInSteps, readStoryVersion } from '../store/storyVersions.js';

/** One derived subject's records, as of its derivation version. */
interface SubjectRecords {
  subject: string;
  version: string;
  claims: ClaimRecord[];
  sources: SourceRecord[];
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
  const previous = slot.current;
  const building = buildIndex(db, version, previous).then(
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

/** A view over the whole story, computed once per story version. */
export function viewOf<T>(index: StoryIndex, name: string, compute: (index: StoryIndex) => T): T {
  if (!index.views.has(name)) index.views.set(name, compute(index));
  return index.views.get(name) as T;
}

async function buildIndex(db: Database, version: string, previous: StoryIndex | null): Promise<StoryIndex> {
  const known = new Map(previous?.subjects.map((s) => [s.subject, s]) ?? []);
  const subjects: SubjectRecords[] = [];
  for (const { subject, version: subjectVersion } of await listSubjectVersions(db)) {
    const kept = known.get(subject);
    const records = kept?.version === subjectVersion ? kept : await readSubjectRecords(db, subject);
    if (records) subjects.push(records);
  }
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
  return { subject, version: row.version, claims, sources };
}
