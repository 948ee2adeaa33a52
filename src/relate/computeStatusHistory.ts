import { sidesOf } from './findSide.js';
import { memberTime, opposing, RivalStatements, timesOf, type MemberTimes } from './rivalStatements.js';
import { countSides, LatestStances } from './sideStances.js';
import { statusRules } from './statusRules.js';
import { spanInterval, widenSpan, type TimeSpan } from './timeSpan.js';
import type { Claim, ClaimMember, Relation, StatusChange } from './types.js';

type When = TimeSpan | null;

/** Report dates are 'YYYY-MM-DD', which compare as text; event times never do (model/timeInterval.ts). */
function byDate(members: ClaimMember[]): ClaimMember[] {
  return members.filter((m) => m.reportedOn !== null).sort((a, b) => (a.reportedOn! < b.reportedOn! ? -1 : a.reportedOn! > b.reportedOn! ? 1 : 0));
}

const sameWhen = (a: When, b: When): boolean => a?.from === b?.from && a?.to === b?.to;

/** Each claim's status changes in date order, from a first reading of the histories. */
type FirstReading = Map<string, StatusChange[]>;

/** Whether a claim is refuted as of a date: its last change on or before it says so. */
function refutedAsOf(first: FirstReading, claimId: string, date: string): boolean {
  let status: string | undefined;
  for (const change of first.get(claimId) ?? []) {
    if (change.asOf > date) break;
    status = change.status;
  }
  return status === 'refuted';
}

/**
 * Per claim, its status as of each report date that bears on it (its own
 * members' and those of the claims that contradict or correct it), listing
 * only the dates where it changes, with the statements reported that day
 * that moved it. A rival statement counts against the claim only when its
 * own time opposes the claim as known that day, so a sequence ('fled in
 * March, killed in May') is no dispute, and only while its own claim is not
 * refuted: once 'killed in May 2017' is refuted, it no longer disputes
 * 'survived a coup in 2019'. That needs the rivals' statuses, so the
 * histories are read twice: first without that condition, then with the
 * refutations the first reading found. Members with no publication date
 * cannot be placed and are left out.
 */
export function computeStatusHistory(claims: Claim[], relations: Relation[]): StatusChange[] {
  const read = readingOf(claims, relations);
  const first: FirstReading = new Map();
  for (const change of readHistories(read, new Map())) {
    const list = first.get(change.claimId);
    if (list) list.push(change);
    else first.set(change.claimId, [change]);
  }
  return readHistories(read, first);
}

/** What both readings share: each claim's dated own words, and its rivals (the claims that contradict it, either way, or refine it). */
interface Reading {
  claims: Claim[];
  ownByClaim: Map<string, ClaimMember[]>;
  rivalsOf: Map<string, string[]>;
  /** A member's times, read once: it is a rival of several claims, in both readings. */
  timesOfMember: (member: ClaimMember) => MemberTimes;
}

function readingOf(claims: Claim[], relations: Relation[]): Reading {
  const ownByClaim = new Map(claims.map((claim) => [claim.id, byDate(ownWords(claim.members))]));
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

function readHistories({ claims, ownByClaim, rivalsOf, timesOfMember }: Reading, first: FirstReading): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const claim of claims) {
    const rivalIds = rivalsOf.get(claim.id) ?? [];
    const own = ownByClaim.get(claim.id)!;
    if (!own.length) continue;
    const claimOfRival = new Map(rivalIds.flatMap((id) => (ownByClaim.get(id) ?? []).map((m) => [m, id] as const)));
    const rivals = new RivalStatements(claim, byDate([...claimOfRival.keys()]), claimOfRival, timesOfMember);
    // The history starts when the claim is first told, however: a guess or a report of it puts it on the table, unverified until someone stands behind it.
    const start = own[0].reportedOn!;
    const dates = [...new Set([...own, ...claimOfRival.keys()].map((m) => m.reportedOn!))].sort().filter((d) => d >= start);
    let previous: string | null = null;
    let when: When = null;
    let judgedAt: When = null;
    let refutedRivals = '';
    // Which rivals stand changes only on the days a rival's status changes.
    const rivalChangeDays = [...new Set(rivalIds.flatMap((id) => (first.get(id) ?? []).map((change) => change.asOf)))].sort();
    let nextChangeDay = 0;
    let refuted = new Set<string>();
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
      if (nextChangeDay < rivalChangeDays.length && rivalChangeDays[nextChangeDay] <= date) {
        while (nextChangeDay < rivalChangeDays.length && rivalChangeDays[nextChangeDay] <= date) nextChangeDay += 1;
        const refutedNow = rivalIds.filter((id) => refutedAsOf(first, id, date));
        standingChanged = refutedNow.join() !== refutedRivals;
        refutedRivals = refutedNow.join();
        refuted = new Set(refutedNow);
      }
      // What the claim is known to say, or which rivals stand, changed: earlier rival statements are judged again.
      const knownChanged = !sameWhen(known, judgedAt);
      if (knownChanged || standingChanged) rivals.judgeAgain(knownInterval, refuted, knownChanged, standingChanged);
      judgedAt = known;
      today.push(...rivals.readUpTo(date, knownInterval, refuted));
      // The sides are counted again only when a side's latest word, here or on a rival, changed today.
      const counting = `${ownLatest.version}|${rivals.latest.version}|${everAsserted.size}`;
      if (counting !== lastCounting) {
        lastCounting = counting;
        decided = statusRules.find((rule) => rule.test(countSides(ownLatest, rivals.latest, everAsserted)))!;
      }
      if (decided.status === previous) continue;
      previous = decided.status;
      changes.push({ claimId: claim.id, asOf: date, status: decided.status, rule: decided.rule, movedBy: today.map((m) => m.ref) });
    }
  }
  return changes;
}
