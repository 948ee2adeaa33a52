import { compareTimexValues } from '../model/timeInterval.js';
import { stances, type Stance } from '../model/vocabulary.js';
import type { ClaimRecord, SourceRecord } from '../record/storyRecord.js';
import type { Database } from '../store/Database.js';
import { buildSourceMatrix, type SourceMatrix } from './buildSourceMatrix.js';
import { ClaimNotFound, type ClaimView } from './readStory.js';
import { readStoryIndex, readSubjectOfClaim, viewOf, type StoryIndex } from './storyIndex.js';
import type { TimelineView } from './readTimeline.js';

/**
 * The story's big lists a page at a time, for the HTTP API: the report
 * clock, the sources, the matrix's speakers, one claim's statements and
 * sources. Each page is a slice of a list computed once per story version
 * (storyIndex.ts), or for one claim once per derivation of its subject, so
 * `next` walks the list as it stood when the first page was read, every item
 * once, as long as the story (the claim's subject) is not derived again
 * meanwhile. The CLI and the exports read the whole lists (readStory,
 * readTimeline) and are not bounded by these pages.
 */

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Paged<T> {
  total: number;
  items: T[];
  /** The cursor of the next page (its start, as text); null after the last. */
  next: string | null;
}

export function sliceOf<T>(all: readonly T[], { limit, offset }: PageRequest): Paged<T> {
  const items = all.slice(offset, offset + limit);
  return { total: all.length, items, next: offset + items.length < all.length ? String(offset + items.length) : null };
}

type Report = TimelineView['reports'][number];

/** A source in a list: its first echoes, how many there are and the outlets that carried them. */
export interface SourceSummary extends SourceRecord {
  echoes: number;
  outlets: string[];
}

const shownEchoes = 10;
const shownOutlets = 50;

function summarise(source: SourceRecord): SourceSummary {
  return {
    ...source,
    statements: source.statements.slice(0, shownEchoes),
    echoes: source.statements.length,
    outlets: [...new Set(source.statements.map((s) => s.outlet))].slice(0, shownOutlets),
  };
}

/** A statement of an article, as the API names it: { article, statement: 's3' }. */
export interface StatementKey {
  article: string;
  statement: string;
}

export interface TimelinePage extends Omit<Paged<Report>, 'items'> {
  /** The event clock, whole: one entry per dated claim. */
  events: TimelineView['events'];
  /** A page of the report clock. */
  reports: Report[];
}

const allClaims = (index: StoryIndex): ClaimRecord[] => index.subjects.flatMap((s) => s.claims);

/** The two clocks as readTimeline gives them, computed from the records once per story version. */
function timelineOf(index: StoryIndex): TimelineView {
  const claims = allClaims(index);
  const events = claims
    .filter((c) => c.event_time !== null)
    .map((c) => ({ from: c.event_time!.from, to: c.event_time!.to, claim: c.id, text: c.text }))
    .sort((a, b) => compareTimexValues(a.from, b.from));
  const reports = claims
    .flatMap((c) =>
      c.statements
        .filter((s) => s.reported_on !== null)
        .map((s) => ({
          date: s.reported_on!, claim: c.id, claimText: c.text, article: s.article, statement: s.statement, start: s.start, end: s.end,
          speaker: s.speaker, outlet: s.outlet, stance: s.stance, text: s.text,
        })),
    )
    // Report dates are 'YYYY-MM-DD', which sort as text; the sort is stable, so ties keep the story's order.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  return { events, reports };
}

/** The event clock whole, and the report clock a page at a time, earliest first. */
export async function readTimelinePage(db: Database, page: PageRequest): Promise<TimelinePage> {
  const { events, reports } = viewOf(await readStoryIndex(db), 'timeline', timelineOf);
  const { items, total, next } = sliceOf(reports, page);
  return { events, reports: items, total, next };
}

/**
 * Every original utterance, in the story's order, a page at a time, each
 * with its first echoes; or only those that echo one statement (`echoing`),
 * which is how a page finds the claims holding a statement after a correction.
 */
export async function readSourcePage(db: Database, page: PageRequest & { echoing?: StatementKey }): Promise<Paged<SourceSummary>> {
  const index = await readStoryIndex(db);
  const sources = viewOf(index, 'sources', () => index.subjects.flatMap((s) => s.sources));
  const { echoing } = page;
  const chosen = echoing ? sources.filter((source) => source.statements.some((s) => s.article === echoing.article && s.statement === echoing.statement)) : sources;
  const { items, total, next } = sliceOf(chosen, page);
  return { items: items.map(summarise), total, next };
}

export interface SourceMatrixPage extends SourceMatrix, Omit<Paged<SourceMatrix['speakers'][number]>, 'items'> {}

/** The sources × claims table, its rows (speakers, most sources first) a page at a time with their cells; every claim column each time. */
export async function readMatrixPage(db: Database, page: PageRequest): Promise<SourceMatrixPage> {
  const { matrix, cellsOf } = viewOf(await readStoryIndex(db), 'matrix', (index) => {
    const matrix = buildSourceMatrix({ claims: allClaims(index), sources: index.subjects.flatMap((s) => s.sources) });
    const cellsOf = groupBy(matrix.cells, (cell) => cell.speaker);
    return { matrix, cellsOf };
  });
  const { items: speakers, total, next } = sliceOf(matrix.speakers, page);
  return { claims: matrix.claims, speakers, cells: speakers.flatMap((speaker) => cellsOf.get(speaker.name) ?? []), total, next };
}

export interface ClaimSummaryCounts {
  statements: number;
  /** Statements per stance (the stance counts of the board count independent sources instead). */
  stances: Record<Stance, number>;
  /** Outlets that carried a statement of the claim, most statements first (at most `maxOutlets`). */
  outlets: { outlet: string; statements: number }[];
  /** How many outlets in all, when more than are listed. */
  outletCount: number;
  sources: number;
  firstReported: string | null;
  lastReported: string | null;
}

export interface ClaimPage extends Omit<ClaimView, 'sources'> {
  sources: SourceSummary[];
  summary: ClaimSummaryCounts;
  /** Where the next page of each stance's statements, and of the sources, starts; null when all are here. */
  next: { statements: Record<Stance, string | null>; sources: string | null };
}

const maxOutlets = 50;

interface ClaimEntry {
  record: ClaimRecord;
  /** Every statement in report order (then article, statement). */
  inOrder: ClaimRecord['statements'];
  /** The statements of each stance in report order (then article, statement). */
  byStance: Record<Stance, ClaimRecord['statements']>;
  /** Most echoed first. */
  sources: SourceRecord[];
  summary: ClaimSummaryCounts;
  related: ClaimView['related'];
}

/** One claim's statements grouped and counted, from its subject's records, computed once per derivation of that subject. */
async function claimEntry(db: Database, id: string): Promise<ClaimEntry> {
  const subject = await readSubjectOfClaim(db, id.trim());
  const claims = new Map(subject?.claims.map((claim) => [claim.id, claim]));
  const record = claims.get(id.trim());
  if (!subject || !record) throw new ClaimNotFound(`no claim has the id "${id}"; list them with: corroborate claims`);
  return viewOf(subject, `claim ${record.id}`, () => {
    const inOrder = [...record.statements].sort(
      (a, b) => (a.reported_on ?? '').localeCompare(b.reported_on ?? '') || a.article.localeCompare(b.article) || a.statement.localeCompare(b.statement),
    );
    const byStance = Object.fromEntries(stances.map((stance) => [stance, inOrder.filter((s) => s.stance === stance)])) as ClaimEntry['byStance'];
    const perOutlet = new Map<string, number>();
    for (const s of record.statements) perOutlet.set(s.outlet, (perOutlet.get(s.outlet) ?? 0) + 1);
    const dates = inOrder.map((s) => s.reported_on).filter((d): d is string => d !== null);
    const sources = subject.sources.filter((source) => source.claim === record.id).sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return {
      record,
      inOrder,
      byStance,
      sources,
      related: record.relations.map((relation) => {
        // Claims are related only within a subject.
        const other = claims.get(relation.claim);
        return { id: relation.claim, text: other?.text ?? relation.claim, status: other?.status ?? 'unverified' };
      }),
      summary: {
        statements: record.statements.length,
        stances: Object.fromEntries(stances.map((stance) => [stance, byStance[stance].length])) as Record<Stance, number>,
        outlets: [...perOutlet].map(([outlet, statements]) => ({ outlet, statements })).sort((a, b) => b.statements - a.statements || a.outlet.localeCompare(b.outlet)).slice(0, maxOutlets),
        outletCount: perOutlet.size,
        sources: sources.length,
        firstReported: dates[0] ?? null,
        lastReported: dates.at(-1) ?? null,
      },
    };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * One claim for its page: the record with at most `limit` statements of each
 * stance (the earliest reported), the first `limit` sources, the counts per
 * stance and outlet, and where the rest of each list starts. A claim of
 * 16,000 statements was a 10 MB answer.
 */
export async function readClaimPage(db: Database, id: string, limit: number): Promise<ClaimPage> {
  const entry = await claimEntry(db, id);
  const shown = stances.map((stance) => sliceOf(entry.byStance[stance], { limit, offset: 0 }));
  const sources = sliceOf(entry.sources, { limit, offset: 0 });
  return {
    claim: { ...entry.record, statements: shown.flatMap((page) => page.items) },
    related: entry.related,
    sources: sources.items.map(summarise),
    summary: entry.summary,
    next: { statements: Object.fromEntries(stances.map((stance, i) => [stance, shown[i].next])) as Record<Stance, string | null>, sources: sources.next },
  };
}

/** One claim's statements in report order, of one stance or all, or of one article, a page at a time. */
export async function readClaimStatements(
  db: Database, id: string, request: PageRequest & { stance?: Stance; article?: string },
): Promise<Paged<ClaimRecord['statements'][number]>> {
  const entry = await claimEntry(db, id);
  const list = request.stance ? entry.byStance[request.stance] : entry.inOrder;
  return sliceOf(request.article ? list.filter((s) => s.article === request.article) : list, request);
}

/** One claim's independent sources, most echoed first, a page at a time. */
export async function readClaimSources(db: Database, id: string, request: PageRequest): Promise<Paged<SourceSummary>> {
  const { items, total, next } = sliceOf((await claimEntry(db, id)).sources, request);
  return { items: items.map(summarise), total, next };
}
