import type { CheckResult, WatchedClaim } from '../model/checkRecord.js';
import type { Database, Queryable } from '../store/Database.js';
import type { ClaimContext } from '../relate/check/claimContext.js';
import { findCheckCandidates } from '../store/findCheckCandidates.js';
import { deleteWatchedClaim, findWatchedRow, insertWatchedClaim, listWatchedRows, loadWatchJudgements, saveWatchChecks } from '../store/watchList.js';
import { checkResultOf, claimContextFor, claimIdOf, derivedHistory, judgeCandidates, matchDerivedClaims, PreparedArticles } from './checkClaims.js';

export class WatchedClaimNotFound extends Error {
  override name = 'WatchedClaimNotFound';
  constructor(id: string) {
    super(`no watched claim '${id}': 'corroborate watch list' shows them`);
  }
}

export class WatchIdTaken extends Error {
  override name = 'WatchIdTaken';
  constructor(id: string) {
    super(`a watched claim already has the id '${id}': give another with --id, or remove it first`);
  }
}

/** Unchecked articles are judged this many at a time. */
const checkBatch = 200;

/**
 * Checks a watched claim against every stored article not yet checked
 * against it, and keeps each answer (bearing or not), so each article is
 * judged once per claim however often the story is brought up to date.
 */
async function checkUnchecked(db: Queryable, id: string, claim: string, articles: PreparedArticles): Promise<number> {
  let checked = 0;
  // The story as it stands when the article is checked: what contradicts the claim then is what the judgement kept weighs.
  let context: ClaimContext | null = null;
  for (;;) {
    const candidates = await findCheckCandidates(db, claim, { limit: checkBatch, notCheckedFor: id });
    if (!candidates.length) return checked;
    context ??= await claimContextFor(db, await matchDerivedClaims(db, claim));
    const checks = await judgeCandidates(claim, candidates, articles, context);
    const saved = await saveWatchChecks(db, id, checks);
    checked += saved;
    // Removed from the watch list meanwhile (or its articles were): nothing more to keep.
    if (saved < candidates.length) return checked;
  }
}

/**
 * Brings every watched claim up to date with the stored articles: the step
 * relateStory runs after each ingest (analyze, upload, worker), so a new
 * article is checked against the watch list as it is stored.
 */
export async function checkWatchedClaims(db: Queryable): Promise<number> {
  const articles = new PreparedArticles(db);
  let checked = 0;
  for (const row of await listWatchedRows(db)) checked += await checkUnchecked(db, row.id, row.claim, articles);
  return checked;
}

/** The status and count of a watched claim, from what its checks found. */
async function summarise(db: Queryable, row: { id: string; claim: string; added: string }): Promise<WatchedClaim> {
  const articles = await loadWatchJudgements(db, row.id);
  const matches = await matchDerivedClaims(db, row.claim);
  const result = checkResultOf(row.id, row.claim, articles, matches, await derivedHistory(db, matches));
  return { id: row.id, claim: row.claim, added: row.added, status: result.status, articles: articles.length };
}

/**
 * Adds a claim to the watch list and checks it against everything stored.
 * A claim already watched in the same words, with no id asked for, is
 * the one returned: watching it twice would count it twice.
 */
export async function watchClaim(db: Database, claim: string, id?: string | null): Promise<{ watched: WatchedClaim; added: boolean }> {
  const rows = await listWatchedRows(db);
  const same = rows.find((row) => row.claim.toLowerCase() === claim.toLowerCase());
  if (same && (!id || id === same.id)) return { watched: await summarise(db, same), added: false };
  const chosen = id ?? claimIdOf(claim, new Set(rows.map((row) => row.id)));
  if (!(await insertWatchedClaim(db, chosen, claim))) throw new WatchIdTaken(chosen);
  await checkUnchecked(db, chosen, claim, new PreparedArticles(db));
  const row = await findWatchedRow(db, chosen);
  return { watched: await summarise(db, row!), added: true };
}

export async function listWatchedClaims(db: Queryable): Promise<WatchedClaim[]> {
  const watched: WatchedClaim[] = [];
  for (const row of await listWatchedRows(db)) watched.push(await summarise(db, row));
  return watched;
}

export async function unwatchClaim(db: Queryable, id: string): Promise<void> {
  if (!(await deleteWatchedClaim(db, id))) throw new WatchedClaimNotFound(id);
}

/** A watched claim's page: its check record, from the kept checks, with the derived claims that match it now. */
export async function readWatchedClaim(db: Queryable, id: string): Promise<CheckResult> {
  const row = await findWatchedRow(db, id);
  if (!row) throw new WatchedClaimNotFound(id);
  const matches = await matchDerivedClaims(db, row.claim);
  return checkResultOf(row.id, row.claim, await loadWatchJudgements(db, row.id), matches, await derivedHistory(db, matches));
}
