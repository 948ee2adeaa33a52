import { sidesOf } from './findSide.js';
import { memberTime, opposing, RivalStatements, timesOf, type MemberTimes } from './rivalStatements.js';
import { countSides, LatestStances } from './sideStances.js';
import { entailingReasons } from './relationRules.js';
import { statusRules } from './statusRules.js';
import { spanInterval, widenSpan, type TimeSpan } from './timeSpan.js';
import type { Claim, ClaimMember, Relation, StatementRef, StatusChange } from './types.js';

type When = TimeSpan | null;

/** Report dates are 'YYYY-MM-DD', which compare as text; event times never do (model/timeInterval.ts). */
function byDate(members: ClaimMember[]): ClaimMember[] {
  return members.filter((m) => m.reportedOn !== null).sort((a, b) => (a.reportedOn! < b.reportedOn! ? -1 : a.reportedOn! > b.reportedOn! ? 1 : 0));
}

const sameWhen = (a: When, b: When): boolean => a?.from === b?.from && a?.to === b?.to;

/** Each claim's status changes in date order, from an earlier reading of the histories. */
type EarlierReading = Map<string, StatusChange[]>;

/**
 * The rivals' statuses in an earlier reading as the days go forward: one cursor per rival into its history, so a
 * claim's whole pass reads each rival's history once ('refuted' from the day its last change on or before it says so).
 */
class RivalStandings {
  private readonly histories: (readonly StatusChange[])[];
  private readonly at: Int32Array;

  constructor(earlier: EarlierReading, private readonly rivalIds: readonly string[]) {
    this.histories = rivalIds.map((id) => earlier.get(id) ?? []);
    this.at = new Int32Array(rivalIds.length).fill(-1);
  }

  /** The rivals refuted and those corroborated as of `date`, which never goes back. */
  asOf(date: string): { refuted: Set<string>; corroborated: Set<string> } {
    const refuted = new Set<string>();
    const corroborated = new Set<string>();
    this.rivalIds.forEach((id, k) => {
      const history = this.histories[k];
      while (this.at[k] + 1 < history.length && history[this.at[k] + 1].asOf <= date) this.at[k] += 1;
      const status = this.at[k] >= 0 ? history[this.at[k]].status : undefined;
      if (status === 'refuted') refuted.add(id);
      else if (status === 'corroborated') corroborated.add(id);
    });
    return { refuted, corroborated };
  }
}

/** The statements that changed the standing of these rivals on a date, each once. */
function rivalMoves(earlier: EarlierReading, rivalIds: readonly string[], date: string): StatementRef[] {
  const refs = new Map<string, StatementRef>();
  for (const id of rivalIds) {
    for (const change of earlier.get(id) ?? []) if (change.asOf === date) for (const ref of change.movedBy) refs.set(`${ref.articleId}|${ref.statementId}`, ref);
  }
  return [...refs.values()];
}

/**
 * Per claim, its status as of each report date that bears on it (its own
 * members' and those of the claims that contradict or correct it), listing
 * only the dates where it changes, with the statements reported that day
 * that moved it. A rival statement counts against the claim only when its
 * own time opposes the claim as known that day, so a sequence ('fled in
 * March, killed in May') is no dispute, and only while its own claim is not
 * refuted: once 'killed in May 2017' is refuted, it no longer disputes
 * 'survived a coup in 2019'; and a claim that a corroborated rival
 * contradicts is refuted ('he was not in Halvek that night' once two sides
 * independently say he was at the depot there). That needs the rivals'
 * statuses, so the histories are read again with the statuses the last
 * reading found, until they stop changing or three readings are done (a
 * refutation found in the second reading frees the claim it contested in
 * the third). Members with no
 * publication date cannot be placed and are left out.
 */
export function computeStatusHistory(claims: Claim[], relations: Relation[]): StatusChange[] {
  const read = readingOf(claims, relations);
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  // The claims that count a given claim among their rivals: they are read again when its standing changes.
  const rivalOf = new Map<string, string[]>();
  for (const [id, rivals] of read.rivalsOf) {
    for (const rival of rivals) {
      const dependents = rivalOf.get(rival);
      if (dependents) dependents.push(id);
      else rivalOf.set(rival, [id]);
    }
  }
  const noneKnown: EarlierReading = new Map();
  let histories: EarlierReading = new Map(claims.map((claim) => [claim.id, readHistory(read, claim, noneKnown)]));
  // A first reading knows no rival's standing: every claim whose standing is refuted or corroborated at some point has moved.
  let moved = claims.map((claim) => claim.id).filter((id) => standingOf(histories.get(id)) !== '');
  for (let reading = 1; reading < maxReadings && moved.length; reading += 1) {
    const again = [...new Set(moved.flatMap((id) => rivalOf.get(id) ?? []))];
    const next: EarlierReading = new Map(histories);
    for (const id of again) next.set(id, readHistory(read, claimById.get(id)!, histories));
    moved = again.filter((id) => standingOf(next.get(id)) !== standingOf(histories.get(id)));
    histories = next;
  }
  return claims.flatMap((claim) => histories.get(claim.id) ?? []);
}

/**
 * Readings in all: the first, then two in which the claims whose rivals' standing moved are read again. The sample
 * corpus needs three ('at the depot' corroborated refutes 'not in Halvek', which then no longer disputes 'wounded in
 * the strike'); each reading of a big subject costs about a third of the status pass again, and a longer chain
 * (a refutation freeing a claim whose corroboration refutes another ...) is left as the third reading leaves it.
 */
const maxReadings = 3;

/** What of a claim's history its rivals read: the days it becomes refuted, corroborated or neither ('2025-03-25 refuted'). */
function standingOf(history: readonly StatusChange[] | undefined): string {
  const steps: string[] = [];
  let last = 'neither';
  for (const change of history ?? []) {
    const standing = change.status === 'refuted' || change.status === 'corroborated' ? change.status : 'neither';
    if (standing === last) continue;
    last = standing;
    steps.push(`${change.asOf} ${standing}`);
  }
  return steps.join('|');
}

/** What every reading shares: each claim's dated own words, and its rivals (the claims that contradict it, either way, or refine it). */
interface Reading {
  claims: Claim[];
  ownByClaim: Map<string, ClaimMember[]>;
  rivalsOf: Map<string, string[]>;
  /** A member's times, read once: it is a rival of several claims, in every reading. */
  timesOfMember: (member: ClaimMember) => MemberTimes;
}

function readingOf(claims: Claim[], relations: Relation[]): Reading {
  // '87 dead' (the ministry) asserts 'between 80 and 100 dead' (the UN) too: an entailing claim's assertions are the entailed one's own words.
  const entailedBy = new Map<string, ClaimMember[]>();
  const membersOf = new Map(claims.map((claim) => [claim.id, claim.members]));
  for (const relation of relations) {
    if (relation.kind !== 'supports' || !entailingReasons.has(relation.why)) continue;
    const asserting = (membersOf.get(relation.from) ?? []).filter((m) => m.stance === 'asserts');
    const entailing = entailedBy.get(relation.to);
    if (entailing) entailing.push(...asserting);
    else entailedBy.set(relation.to, asserting);
  }
  const ownByClaim = new Map(claims.map((claim) => [claim.id, byDate(ownWords([...new Set([...claim.members, ...(entailedBy.get(claim.id) ?? [])])]))]));
  const rivalSets = new Map<string, Set<string>>();
  const addRival = (claimId: string, rivalId: string) => {
    const set = rivalSets.get(claimId);
    if (set) set.add(rivalId);
    else rivalSets.set(claimId, new Set([rivalId]));
  };
  for (const relation of relations) {
    if (!opposing.has(relation.kind)) continue;
    addRival(relation.to, relation.from);
    // A correction is not contested by what it corrects: 'injured, not killed' (Lessarian intelligence, June) refines
    // 'killed' (Kasteria, March) and disputes it; Kasteria's standing claim does not dispute the injury it never denied.
    if (relation.kind !== 'refines') addRival(relation.from, relation.to);
  }
  const times = new Map<ClaimMember, MemberTimes>();
  const timesOfMember = (member: ClaimMember): MemberTimes => {
    let read = times.get(member);
    if (!read) times.set(member, (read = timesOf(member)));
    return read;
  };
  return { claims, ownByClaim, rivalsOf: new Map([...rivalSets].map(([id, set]) => [id, [...set]])), timesOfMember };
}

/**
 * The members that speak for themselves: an outlet's own headline or
 * narration restating what a speaker in the same article says (with the
 * same stance) is that speaker's word relayed, not a second source ('Kasteria says strike may
 * have killed Dren' over the ministry's statement).
 */
function ownWords(members: ClaimMember[]): ClaimMember[] {
  // The outlet's own voice has a chain of one, the outlet (attributeStatement).
  const outletsOwn = (m: ClaimMember) => m.attribution.chain.length === 1;
  // Restating is saying the same: an outlet that calls its speaker wrong is a voice of its own.
  const said = (m: ClaimMember) => `${m.ref.articleId}|${m.stance}`;
  const withSpeaker = new Set(members.filter((m) => !outletsOwn(m)).map(said));
  return members.filter((m) => !outletsOwn(m) || !withSpeaker.has(said(m)));
}

/** One claim's history, given its rivals' histories in an earlier reading (`earlier`; empty in the first reading). */
function readHistory({ ownByClaim, rivalsOf, timesOfMember }: Reading, claim: Claim, earlier: EarlierReading): StatusChange[] {
  const changes: StatusChange[] = [];
  const rivalIds = rivalsOf.get(claim.id) ?? [];
  const own = ownByClaim.get(claim.id)!;
  if (!own.length) return changes;
  const claimOfRival = new Map(rivalIds.flatMap((id) => (ownByClaim.get(id) ?? []).map((m) => [m, id] as const)));
  const rivals = new RivalStatements(claim, byDate([...claimOfRival.keys()]), claimOfRival, timesOfMember);
  // The history starts when the claim is first told, however: a guess or a report of it puts it on the table, unverified until someone stands behind it.
  // Its own words, not those borrowed from a claim that bears it out: the UN's estimate of 24 October does not put the
  // ministry's '87' of 29 October on the table five days early, though it counts for it from then on.
  const start = claim.members.reduce((first, m) => (m.reportedOn && m.reportedOn < first ? m.reportedOn : first), own.at(-1)!.reportedOn!);
  // Which rivals stand changes only on the days a rival's status changes.
  const rivalChangeDays = [...new Set(rivalIds.flatMap((id) => (earlier.get(id) ?? []).map((change) => change.asOf)))].sort();
  // The days its own or a rival's words were reported, and the days a rival's standing changed through words of its own rivals.
  const dates = [...new Set([...[...own, ...claimOfRival.keys()].map((m) => m.reportedOn!), ...rivalChangeDays])].sort().filter((d) => d >= start);
  let previous: string | null = null;
  let when: When = null;
  let judgedAt: When = null;
  const standings = new RivalStandings(earlier, rivalIds);
  let nextChangeDay = 0;
  let refuted = new Set<string>();
  let corroborated = new Set<string>();
  let nextOwn = 0;
  const ownLatest = new LatestStances();
  const everAsserted = new Set<string>();
  let lastCounting = '';
  let decided = statusRules.at(-1)!;
  for (const date of dates) {
    const today: ClaimMember[] = [];
    while (nextOwn < own.length && own[nextOwn].reportedOn! <= date) {
      const member = own[nextOwn++];
      when = widenSpan(when, memberTime(member));
      ownLatest.add(member);
      if (member.stance === 'asserts') for (const side of sidesOf(member.attribution.side)) if (side) everAsserted.add(side);
      if (member.reportedOn === date) today.push(member);
    }
    const known = when ?? { from: start, to: start };
    const knownInterval = spanInterval(known);
    let standingChanged = false;
    let standingMoved: string[] = [];
    if (nextChangeDay < rivalChangeDays.length && rivalChangeDays[nextChangeDay] <= date) {
      while (nextChangeDay < rivalChangeDays.length && rivalChangeDays[nextChangeDay] <= date) nextChangeDay += 1;
      const now = standings.asOf(date);
      standingChanged = rivalIds.some((id) => refuted.has(id) !== now.refuted.has(id));
      standingMoved = rivalIds.filter((id) => refuted.has(id) !== now.refuted.has(id) || corroborated.has(id) !== now.corroborated.has(id));
      refuted = now.refuted;
      corroborated = now.corroborated;
    }
    // What the claim is known to say, or which rivals stand, changed: earlier rival statements are judged again.
    const knownChanged = !sameWhen(known, judgedAt);
    if (knownChanged || standingChanged) rivals.judgeAgain(knownInterval, refuted, knownChanged, standingChanged);
    judgedAt = known;
    today.push(...rivals.readUpTo(date, knownInterval, refuted));
    // The sides are counted again only when a side's latest word, here or on a rival, changed today.
    let standingCorroborated = 0;
    for (const id of corroborated) if (rivals.counts(id)) standingCorroborated += 1;
    const counting = `${ownLatest.version}|${rivals.latest.version}|${everAsserted.size}|${standingCorroborated}`;
    if (counting !== lastCounting) {
      lastCounting = counting;
      decided = statusRules.find((rule) => rule.test({ ...countSides(ownLatest, rivals.latest, everAsserted), corroboratedRivals: standingCorroborated }))!;
    }
    if (decided.status === previous) continue;
    previous = decided.status;
    // Moved by no word of today's but by a rival's new standing: the words that moved the rival moved it ('refuted' on the day two
    // sides corroborate that he was at the depot).
    const movedBy = today.length ? today.map((m) => m.ref) : rivalMoves(earlier, standingMoved, date);
    changes.push({ claimId: claim.id, asOf: date, status: decided.status, rule: decided.rule, movedBy });
  }
  return changes;
}
