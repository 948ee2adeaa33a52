import type { CheckArticle, CheckMatch, CheckReport, CheckResult } from '../model/checkRecord.js';
import { checkEventTime, checkStatus } from '../relate/check/checkStatus.js';
import { bearsThreshold, claimWords, judgeArticle, prepareArticle, type PreparedArticle } from '../relate/check/judgeArticle.js';
import { readStatedClaim } from '../relate/check/readStatedClaim.js';
import { toCheckArticle } from '../relate/check/toCheckArticle.js';
import { causesDiffer, stanceByPredicate, statedAgent, statedPredicates, statedSubjectHead } from '../relate/check/statedPredicates.js';
import { isKnownPredicate, statusWithoutReports } from '../model/vocabulary.js';
import { functionWords, stemWord } from '../stance/stemWord.js';
import { estimateIfRelated, estimateStance, prepareClaim, prepareText, type PreparedText } from '../stance/estimateStance.js';
import type { Queryable } from '../store/Database.js';
import { findCandidateClaims } from '../store/findCheckCandidates.js';
import { loadArticleRecords, loadArticleTexts } from '../store/loadArticles.js';
import { loadClaimNeighbourhood, loadClaimStatusHistory } from '../store/loadStory.js';
import { claimContextOf, noClaimContext, type ClaimContext } from '../relate/check/claimContext.js';
import { findListCandidates } from './findListCandidates.js';
import type { StatusChange } from '../model/story.js';

/** A claim as its user states it, with the id they gave it, if any. */
export interface StatedClaim {
  claim: string;
  id?: string | null;
}

/**
 * Articles the full-text index offers the judge per claim, best first: the
 * hundred that share most of its words (`--candidates` for more), few enough
 * for one second on 10,000 articles.
 */
export const defaultCandidates = 100;
const candidateClaims = 20;
const shownMatches = 8;

/** Candidate articles are loaded from the store this many at a time. */
const loadBatch = 100;

/**
 * Articles made ready for the judge, kept for the whole run, so checking
 * 1,000 claims reads each stored article once, not once per claim: first
 * only its text, for the judge's reading of the whole; its full record
 * (statements, entities, times) only when a claim bears on the whole.
 */
export class PreparedArticles {
  private readonly wholes = new Map<string, PreparedText>();
  private readonly records = new Map<string, PreparedArticle>();

  constructor(private readonly db: Queryable) {}

  /** Each stored article of `ids` as the judge reads it whole, in that order. */
  async wholeTexts(ids: string[]): Promise<{ id: string; whole: PreparedText }[]> {
    const missing = ids.filter((id) => !this.wholes.has(id));
    for (let i = 0; i < missing.length; i += loadBatch) {
      for (const { id, text } of await loadArticleTexts(this.db, missing.slice(i, i + loadBatch))) this.wholes.set(id, prepareText(text));
    }
    return ids.flatMap((id) => (this.wholes.has(id) ? [{ id, whole: this.wholes.get(id)! }] : []));
  }

  /** The stored articles of `ids` with their statements and sentences, in that order. */
  async articles(ids: string[]): Promise<PreparedArticle[]> {
    const missing = ids.filter((id) => !this.records.has(id));
    for (let i = 0; i < missing.length; i += loadBatch) {
      for (const record of await loadArticleRecords(this.db, missing.slice(i, i + loadBatch))) this.records.set(record.id, prepareArticle(record));
    }
    return ids.flatMap((id) => this.records.get(id) ?? []);
  }
}

/**
 * What each candidate article says about a claim, in the order given:
 * the judge reads each article whole, then the sentences of those that
 * bear on it. `judgement` is null for an article that does not.
 */
export async function judgeCandidates(claim: string, candidates: string[], articles: PreparedArticles, context: ClaimContext = noClaimContext): Promise<{ articleId: string; judgement: CheckArticle | null }[]> {
  const prepared = prepareClaim(claim);
  const words = claimWords(claim);
  const wholes = (await articles.wholeTexts(candidates)).map(({ id, whole }) => ({ id, estimate: estimateIfRelated(prepared, whole, bearsThreshold) }));
  const bearing = wholes.filter(({ estimate }) => estimate !== null);
  const full = new Map((await articles.articles(bearing.map(({ id }) => id))).map((article) => [article.record.id, article]));
  return wholes.map(({ id, estimate }) => {
    const article = full.get(id);
    const judgement = article && estimate ? judgeArticle(prepared, words, estimate, article, context) : null;
    return { articleId: id, judgement: judgement ? toCheckArticle(judgement) : null };
  });
}

/** 'Abu Bakr al-Baghdadi was killed in a Russian airstrike' → 'abu-bakr-al-baghdadi-was-killed-in'. */
export function claimIdOf(claim: string, taken: ReadonlySet<string>): string {
  const base = claim.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').split('-').slice(0, 7).join('-').slice(0, 60) || 'claim';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Every candidate article that bears on the claim, as judged, by publication date. */
async function judgeStoredArticles(claim: string, articles: PreparedArticles, candidates: string[], context: ClaimContext): Promise<CheckArticle[]> {
  const judged = (await judgeCandidates(claim, candidates, articles, context)).flatMap(({ judgement }) => (judgement ? [judgement] : []));
  return judged.sort((a, b) => byPublication(a.article.published, b.article.published) || (a.article.id < b.article.id ? -1 : 1));
}

function byPublication(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The derived claims about the same thing as the stated one, closest first:
 * those the full-text index finds that the judge relates to it, each
 * saying the same or the opposite by the story's predicate classes when
 * both name one ('was killed' and 'is alive'), else by the judge.
 */
export async function matchDerivedClaims(db: Queryable, claim: string): Promise<CheckMatch[]> {
  const prepared = prepareClaim(claim);
  const words = claimWords(claim);
  // Read as the story reads a headline: 'An air strike hit Mirvane Municipal Hospital' is about the hospital, with the strike its cause.
  const read = readStatedClaim(claim).find((p) => isKnownPredicate(p.predicate));
  const stated = new Set([...statedPredicates(claim), ...(read ? [read.predicate] : [])]);
  const head = read?.subject ?? statedSubjectHead(claim, (word) => functionWords.has(stemWord(word)));
  const agent = statedAgent(claim) ?? read?.agent ?? null;
  const claimWordsLower = new Set((claim.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
  const matches: (CheckMatch & { fit: number })[] = [];
  for (const candidate of await findCandidateClaims(db, claim, candidateClaims)) {
    const estimate = estimateStance(prepared, prepareText(candidate.text));
    if (estimate.related < bearsThreshold) continue;
    // A claim whose words name a class the rules know is matched by class: 'was killed' is not 'has taken'.
    const byClass = stated.size
      ? isKnownPredicate(candidate.predicate) ? stanceByPredicate(stated, { predicate: candidate.predicate, subjectKind: 'person' }) : words.predicate.has(stemWord(candidate.predicate)) ? 'asserts' : null
      : estimate.stance === 'denies' ? 'denies' : 'asserts';
    if (!byClass) continue;
    // The same event with another cause says otherwise: 'hit by a misfired rocket' against 'hit by an air strike'.
    const otherCause = byClass === 'asserts' && isKnownPredicate(candidate.predicate) && causesDiffer(agent, { predicate: candidate.predicate, agent: candidate.agent, subjectKind: candidate.subjectKind ?? 'object' });
    const stance = otherCause ? 'denies' : byClass;
    const fit = subjectFit(head, claimWordsLower, candidate.subject);
    const sameSubject = stance === 'asserts' && isKnownPredicate(candidate.predicate) && fit > 0;
    matches.push({
      id: candidate.id, text: candidate.text, status: candidate.status as CheckMatch['status'], stance, same_subject: sameSubject,
      related: Math.round(estimate.related * 1000) / 1000,
      // The best fit first: the stated cause itself, then the subject that shares most of the claim's words.
      fit: fit + (agent !== null && candidate.agent === agent ? 10 : 0),
    });
  }
  const best = Math.max(0, ...matches.filter((m) => m.same_subject).map((m) => m.fit));
  // Only the best-fitting claims of the same subject stay 'the same': 'Mirvane Municipal Hospital was hit by Valdorian air strike', not 'Hospital was hit'.
  return matches
    .map(({ fit, ...match }) => ({ ...match, same_subject: match.same_subject && fit === best }))
    .sort((a, b) => Number(b.same_subject) - Number(a.same_subject) || Number(b.stance === 'asserts') - Number(a.stance === 'asserts') || b.related - a.related)
    .slice(0, shownMatches);
}

/**
 * How well a derived claim's subject key fits the stated claim's subject,
 * 0 when it does not: the word the claim is about holds it ('baghdadi' in
 * 'al-Baghdadi'), or the key ends in that word and shares other words with
 * the claim ('mirvane-municipal-hospital' for 'The Mirvane hospital'), one
 * more for each such word.
 */
function subjectFit(head: string | null, claimWords: ReadonlySet<string>, subject: string): number {
  if (head === null) return 0;
  if (head.includes(subject)) return 1;
  const parts = subject.split('-');
  if (parts.at(-1) !== head.split('-').at(-1)) return 0;
  const shared = parts.slice(0, -1).filter((part) => claimWords.has(part)).length;
  return shared > 0 ? 1 + shared : 0;
}

/**
 * The check record of a claim from the articles that bear on it. When the
 * claim says what one derived claim says (its subject, its predicate class:
 * 'Abu Bakr al-Baghdadi was killed in a Russian airstrike' and
 * baghdadi.killed.1), its status over time is that claim's, which the story
 * computed from every statement of the subject and the claims that
 * contradict it; otherwise it is computed from the evidence listed, by the
 * same rules.
 */
export function checkResultOf(id: string, claim: string, articles: CheckArticle[], matches: CheckMatch[], derived: StatusChange[] | null = null): CheckResult {
  const same = derived ? sameClaim(matches) : null;
  const history = same && derived ? derived : checkStatus(id, claim, articles);
  return {
    id,
    claim,
    status: history.at(-1)?.status ?? statusWithoutReports,
    status_history: history.map((change) => ({
      as_of: change.asOf, status: change.status, rule: change.rule,
      because: change.movedBy.map((ref) => ({ article: ref.articleId, statement: ref.statementId })),
    })),
    status_from: same && derived ? same.id : null,
    event_time: checkEventTime(articles),
    articles,
    matches,
  };
}

/** The one derived claim the stated claim says the same as ('baghdadi.killed.1'), if there is exactly one. */
function sameClaim(matches: CheckMatch[]): CheckMatch | null {
  const same = matches.filter((m) => m.same_subject);
  return same.length === 1 ? same[0] : null;
}

/** The status history of the one derived claim the stated claim says the same as, if there is one. */
export async function derivedHistory(db: Queryable, matches: CheckMatch[]): Promise<StatusChange[] | null> {
  const same = sameClaim(matches);
  return same ? loadClaimStatusHistory(db, same.id) : null;
}

/**
 * What the story knows around the derived claim the stated one says the
 * same as: when it happened, and the statements that assert what
 * contradicts it. Without such a claim, the judge reads on its own.
 */
export async function claimContextFor(db: Queryable, matches: CheckMatch[]): Promise<ClaimContext> {
  const same = sameClaim(matches);
  const neighbourhood = same ? await loadClaimNeighbourhood(db, same.id) : null;
  return same && neighbourhood ? claimContextOf(same.id, neighbourhood) : noClaimContext;
}

/**
 * A thread costs a second or two to start (it loads the judge and the
 * readers), so a list is split only when each thread gets at least this
 * many claims: 1,000 claims against 1,000 articles take about a minute on
 * one core.
 */
export const claimsPerThread = 50;

/** Each claim with its id: the one given, else one made from its words, unique in the list. */
function withIds(claims: StatedClaim[]): { claim: string; id: string }[] {
  const taken = new Set(claims.flatMap((c) => (c.id ? [c.id] : [])));
  return claims.map((stated) => {
    const id = stated.id ?? claimIdOf(stated.claim, taken);
    taken.add(id);
    return { claim: stated.claim, id };
  });
}

/** A stated claim with its id and the candidate articles the full-text index offers it, best first. */
export interface ListedClaim {
  claim: string;
  id: string;
  candidates: string[];
}

/**
 * `corroborate check`: each stated claim against everything stored. The
 * full-text index narrows the articles to those sharing its words (for a
 * list, ranked in memory in one pass: findListCandidates); the stance judge
 * reads each of them and its sentences; the status is computed from the
 * evidence as for a derived claim. Nothing is stored. With `threads` above
 * one and a long list, the claims are shared out over threads (every third
 * claim to the third thread), each reading the store through this one.
 */
export async function checkClaims(db: Queryable, claims: StatedClaim[], options: { candidates?: number; threads?: number } = {}): Promise<CheckReport> {
  const named = withIds(claims);
  const found = await findListCandidates(db, named.map(({ claim }) => claim), options.candidates ?? defaultCandidates);
  const listed = named.map((stated, i) => ({ ...stated, candidates: found[i] }));
  const threads = Math.min(options.threads ?? 1, Math.floor(named.length / claimsPerThread));
  if (threads > 1) {
    const { checkOnThreads } = await import('../workers/checkOnThreads.js');
    const shares = Array.from({ length: threads }, (_, t) => ({ claims: listed.filter((_, i) => i % threads === t) }));
    const results = await checkOnThreads(db, shares);
    return { checks: named.map((_, i) => results[i % threads][Math.floor(i / threads)]) };
  }
  return { checks: await checkListedClaims(db, listed) };
}

/** Each claim against its candidate articles, in order, on this thread. */
export async function checkListedClaims(db: Queryable, listed: ListedClaim[]): Promise<CheckResult[]> {
  const articles = new PreparedArticles(db);
  // Many claims of a list say what the same derived claim says: its neighbourhood and history are read once.
  const known = new Map<string, Promise<{ context: ClaimContext; history: StatusChange[] | null }>>();
  const storyKnowledge = (matches: CheckMatch[]) => {
    const key = sameClaim(matches)?.id ?? '';
    if (!known.has(key)) known.set(key, Promise.all([claimContextFor(db, matches), derivedHistory(db, matches)]).then(([context, history]) => ({ context, history })));
    return known.get(key)!;
  };
  const checks: CheckResult[] = [];
  for (const { claim, id, candidates } of listed) {
    const matches = await matchDerivedClaims(db, claim);
    const { context, history } = await storyKnowledge(matches);
    const judged = await judgeStoredArticles(claim, articles, candidates, context);
    checks.push(checkResultOf(id, claim, judged, matches, history));
  }
  return checks;
}
