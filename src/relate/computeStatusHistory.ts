import { sidesOf } from './findSide.js';
import { recentDays } from './claimWhen.js';
import { holdsBetween } from './relateClaims.js';
import { relationRules, type RelationRule } from './relationRules.js';
import { readTimeInterval } from '../model/timeInterval.js';
import { statusRules, type SideCounts } from './statusRules.js';
import { spanInterval, widenSpan, type TimeSpan } from './timeSpan.js';
import type { Claim, ClaimMember, Relation, StatusChange } from './types.js';

type When = TimeSpan | null;

const opposing = new Set(['contradicts', 'refines']);

/** Report dates are 'YYYY-MM-DD', which compare as text; event times never do (model/timeInterval.ts). */
function byDate(members: ClaimMember[]): ClaimMember[] {
  return members.filter((m) => m.reportedOn !== null).sort((a, b) => (a.reportedOn! < b.reportedOn! ? -1 : a.reportedOn! > b.reportedOn! ? 1 : 0));
}

/** A member's own time: its stated event time, or for a state its report date ('still alive', said in 2019). */
function memberTime(member: ClaimMember): string | null {
  if (member.proposition.eventTime) return member.proposition.eventTime;
  return member.proposition.kind === 'state' ? member.reportedOn : null;
}

/**
 * Whether a rival member, at its own time, opposes the claim as it stands
 * ('hiding', said in March 2017, does not oppose 'killed on 28 May 2017').
 */
function opposesAt(claim: Claim, claimWhen: When, rival: ClaimMember): boolean {
  // An event told with no date happened by the day it was reported.
  const stated = memberTime(rival);
  const rivalWhen = widenSpan(null, stated ?? rival.reportedOn);
  const facts = rival.proposition;
  for (const rule of opposingRules) {
    if (rule.applies(claim, facts) && holdsFor(rule, claimWhen, rivalWhen, stated, claimWhen, rival.reportedOn)) return true;
    if (rule.applies(facts, claim) && holdsFor(rule, rivalWhen, claimWhen, stated, claimWhen, rival.reportedOn)) return true;
  }
  return false;
}

const opposingRules = relationRules.filter((rule) => opposing.has(rule.kind));

/** Whether a rule's time condition holds, an undated rival event told recently counting as the claim's own. */
function holdsFor(rule: RelationRule, a: When, b: When, stated: string | null, claimWhen: When, reportedOn: string | null): boolean {
  return holdsBetween(rule, a, b) || (rule.when === 'same' && stated === null && isRecent(claimWhen, reportedOn));
}


/**
 * Whether an undated event told on `reportedOn` may be the claim's own
 * event: one that began in the month before ('87 were killed', told on 29
 * October, counts the blast of the 14th; not an air strike of 2023).
 */
function isRecent(claimWhen: When, reportedOn: string | null): boolean {
  const claimSpan = claimWhen && spanInterval(claimWhen);
  const reported = reportedOn ? readTimeInterval(reportedOn) : null;
  if (!claimSpan || !reported) return false;
  return claimSpan.earliest <= reported.latest && reported.earliest - claimSpan.earliest <= recentDays * 86_400_000;
}

/**
 * Each side's stances on its latest report date so far (a side may both
 * assert and doubt on one day), kept up to date as members are added in
 * date order, so a claim's whole history costs one pass over its members.
 */
class LatestStances {
  private readonly latest = new Map<string, { date: string; stances: Set<string>; articles: Set<string> }>();

  /** The day each utterance was first counted: an echo of it printed on a later day is no new word of its side. */
  private readonly uttered = new Map<string, string>();

  add(member: ClaimMember): void {
    // Reporting a claim takes no position: it leaves the side's latest word as it was ('the ministry, which announced that ...').
    if (member.stance === 'reports') return;
    // The foreign minister's doubt of 13 March, retold by another outlet on the 14th, is still her word of the 13th.
    if (member.sourceId) {
      const first = this.uttered.get(member.sourceId);
      if (first !== undefined && first < member.reportedOn!) return;
      this.uttered.set(member.sourceId, first ?? member.reportedOn!);
    }
    for (const side of sidesOf(member.attribution.side)) {
      if (!side) continue;
      const known = this.latest.get(side);
      if (!known || known.date < member.reportedOn!) this.latest.set(side, { date: member.reportedOn!, stances: new Set([member.stance]), articles: new Set([member.ref.articleId]) });
      else {
        known.stances.add(member.stance);
        known.articles.add(member.ref.articleId);
      }
    }
  }

  sides(test: (stances: Set<string>) => boolean): Set<string> {
    return new Set([...this.latest].filter(([, { stances }]) => test(stances)).map(([side]) => side));
  }

  /** The date of a side's latest word here, or null when it has said nothing. */
  dateOf(side: string): string | null {
    return this.latest.get(side)?.date ?? null;
  }

  /** The articles that carry the latest word of the given sides. */
  articles(sides: Set<string>): Set<string> {
    return new Set([...sides].flatMap((side) => [...(this.latest.get(side)?.articles ?? [])]));
  }
}

function countSides(own: LatestStances, rivals: LatestStances, everAsserted: Set<string>): SideCounts {
  const rivalAsserting = rivals.sides((s) => s.has('asserts'));
  // A side whose latest word is a rival claim has moved on: the ministry that gave 212 dead and now gives 87 no longer asserts 212.
  const movedOn = (side: string) => rivalAsserting.has(side) && rivals.dateOf(side)! > own.dateOf(side)!;
  const asserting = new Set([...own.sides((s) => s.has('asserts'))].filter((side) => !movedOn(side)));
  const denying = own.sides((s) => s.has('denies'));
  const doubting = own.sides((s) => s.has('doubts') && !s.has('asserts'));
  const contradicting = new Set([...rivalAsserting].filter((side) => !asserting.has(side) && !denying.has(side)));
  const retracted = [...everAsserted].filter((side) => !asserting.has(side) && (denying.has(side) || contradicting.has(side))).length;
  return {
    asserting: asserting.size, assertingArticles: own.articles(asserting).size, denying: denying.size, doubting: doubting.size,
    contradicting: contradicting.size, retracted, everAsserted: everAsserted.size,
  };
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

/** What both readings share: each claim's dated own words, and its rivals (the claims that contradict or refine it, either way). */
interface Reading {
  claims: Claim[];
  ownByClaim: Map<string, ClaimMember[]>;
  rivalsOf: Map<string, string[]>;
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
    addRival(relation.from, relation.to);
    addRival(relation.to, relation.from);
  }
  return { claims, ownByClaim, rivalsOf: new Map([...rivalSets].map(([id, set]) => [id, [...set]])) };
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

function readHistories({ claims, ownByClaim, rivalsOf }: Reading, first: FirstReading): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const claim of claims) {
    const rivalIds = rivalsOf.get(claim.id) ?? [];
    const own = ownByClaim.get(claim.id)!;
    if (!own.length) continue;
    const claimOfRival = new Map(rivalIds.flatMap((id) => (ownByClaim.get(id) ?? []).map((m) => [m, id] as const)));
    const rivals = byDate([...claimOfRival.keys()]);
    // The history starts when the claim is first told, however: a guess or a report of it puts it on the table, unverified until someone stands behind it.
    const start = own[0].reportedOn!;
    const dates = [...new Set([...own, ...rivals].map((m) => m.reportedOn!))].sort().filter((d) => d >= start);
    let previous: string | null = null;
    let when: When = null;
    let opposedAt: When = null;
    let refutedRivals = '';
    // Which rivals stand changes only on the days a rival's status changes.
    const rivalChangeDays = [...new Set(rivalIds.flatMap((id) => (first.get(id) ?? []).map((change) => change.asOf)))].sort();
    let nextChangeDay = 0;
    let refuted = new Set<string>();
    let nextOwn = 0;
    let nextRival = 0;
    const ownLatest = new LatestStances();
    let rivalLatest = new LatestStances();
    const everAsserted = new Set<string>();
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
      let standingChanged = false;
      if (nextChangeDay < rivalChangeDays.length && rivalChangeDays[nextChangeDay] <= date) {
        while (nextChangeDay < rivalChangeDays.length && rivalChangeDays[nextChangeDay] <= date) nextChangeDay += 1;
        const refutedNow = rivalIds.filter((id) => refutedAsOf(first, id, date));
        standingChanged = refutedNow.join() !== refutedRivals;
        refutedRivals = refutedNow.join();
        refuted = new Set(refutedNow);
      }
      const counts = (rival: ClaimMember) => opposesAt(claim, known, rival) && !refuted.has(claimOfRival.get(rival)!);
      if (!sameWhen(known, opposedAt) || standingChanged) {
        // What the claim is known to say, or which rivals stand, changed: earlier rival statements are judged again.
        opposedAt = known;
        rivalLatest = new LatestStances();
        for (const rival of rivals.slice(0, nextRival)) if (counts(rival)) rivalLatest.add(rival);
      }
      while (nextRival < rivals.length && rivals[nextRival].reportedOn! <= date) {
        const rival = rivals[nextRival++];
        if (!counts(rival)) continue;
        rivalLatest.add(rival);
        if (rival.reportedOn === date) today.push(rival);
      }
      const decided = statusRules.find((rule) => rule.test(countSides(ownLatest, rivalLatest, everAsserted)))!;
      if (decided.status === previous) continue;
      previous = decided.status;
      changes.push({ claimId: claim.id, asOf: date, status: decided.status, rule: decided.rule, movedBy: today.map((m) => m.ref) });
    }
  }
  return changes;
}
