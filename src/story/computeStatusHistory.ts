import { sidesOf } from './findSide.js';
import { predicateKind } from './predicateCues.js';
import { holdsBetween } from './relateClaims.js';
import { relationRules } from './relationRules.js';
import { statusRules, type SideCounts } from './statusRules.js';
import { widenSpan, type TimeSpan } from './timeSpan.js';
import type { Claim, ClaimMember, Relation, StatusChange } from './types.js';

type When = TimeSpan | null;

const opposing = new Set(['contradicts', 'refines']);

function byDate(members: ClaimMember[]): ClaimMember[] {
  return members.filter((m) => m.reportedOn !== null).sort((a, b) => (a.reportedOn! < b.reportedOn! ? -1 : a.reportedOn! > b.reportedOn! ? 1 : 0));
}

/** A member's own time: its stated event time, or for a state its report date ('still alive', said in 2019). */
function memberTime(member: ClaimMember): string | null {
  if (member.proposition.eventTime) return member.proposition.eventTime;
  return predicateKind[member.proposition.predicate] === 'state' ? member.reportedOn : null;
}

/**
 * Whether a rival member, at its own time, opposes the claim as it stands
 * ('hiding', said in March 2017, does not oppose 'killed on 28 May 2017').
 */
function opposesAt(claim: Claim, claimWhen: When, rival: ClaimMember): boolean {
  // An event told with no date happened by the day it was reported.
  const rivalWhen = widenSpan(null, memberTime(rival) ?? rival.reportedOn);
  const predicate = rival.proposition.predicate;
  return relationRules.some(
    (rule) =>
      opposing.has(rule.kind) &&
      ((rule.a === claim.predicate && rule.b === predicate && holdsBetween(rule, claimWhen, rivalWhen)) ||
        (rule.b === claim.predicate && rule.a === predicate && holdsBetween(rule, rivalWhen, claimWhen))),
  );
}

/** Each side's stances on its latest report date up to now (a side may both assert and doubt on one day). */
function latestStances(members: ClaimMember[], upTo: string): Map<string, Set<string>> {
  const latest = new Map<string, { date: string; stances: Set<string> }>();
  for (const member of members) {
    if (member.reportedOn! > upTo) break;
    for (const side of sidesOf(member.attribution.side)) {
      const known = latest.get(side);
      if (!known || known.date < member.reportedOn!) latest.set(side, { date: member.reportedOn!, stances: new Set([member.stance]) });
      else known.stances.add(member.stance);
    }
  }
  return new Map([...latest].map(([side, { stances }]) => [side, stances]));
}

function countSides(own: ClaimMember[], rivals: ClaimMember[], upTo: string): SideCounts {
  const stances = latestStances(own, upTo);
  const asserting = new Set([...stances].filter(([, s]) => s.has('asserts')).map(([side]) => side));
  const denying = new Set([...stances].filter(([, s]) => s.has('denies')).map(([side]) => side));
  const doubting = new Set([...stances].filter(([, s]) => s.has('doubts') && !s.has('asserts')).map(([side]) => side));
  const contradicting = new Set([...latestStances(rivals, upTo)].filter(([side, s]) => s.has('asserts') && !asserting.has(side) && !denying.has(side)).map(([side]) => side));
  const everAsserted = new Set(own.filter((m) => m.reportedOn! <= upTo && m.stance === 'asserts').flatMap((m) => sidesOf(m.attribution.side)));
  const retracted = [...everAsserted].filter((side) => !asserting.has(side) && (denying.has(side) || contradicting.has(side))).length;
  return { asserting: asserting.size, denying: denying.size, doubting: doubting.size, contradicting: contradicting.size, retracted, everAsserted: everAsserted.size };
}

/**
 * Per claim, its status as of each report date that bears on it (its own
 * members' and those of the claims that contradict or correct it), listing
 * only the dates where it changes, with the statements reported that day
 * that moved it. A rival statement counts against the claim only when its
 * own time opposes the claim as known that day, so a sequence ('fled in
 * March, killed in May') is no dispute. Members with no publication date
 * cannot be placed and are left out.
 */
export function computeStatusHistory(claims: Claim[], relations: Relation[]): StatusChange[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const changes: StatusChange[] = [];
  for (const claim of claims) {
    const rivalIds = relations.filter((r) => opposing.has(r.kind) && (r.from === claim.id || r.to === claim.id)).map((r) => (r.from === claim.id ? r.to : r.from));
    const own = byDate(claim.members);
    if (!own.length) continue;
    const rivals = byDate([...new Set(rivalIds)].flatMap((id) => byId.get(id)?.members ?? []));
    // The history starts when someone first puts the claim forward (or first mentions it, if nobody ever does).
    const start = (own.find((m) => m.stance === 'asserts') ?? own[0]).reportedOn!;
    const dates = [...new Set([...own, ...rivals].map((m) => m.reportedOn!))].sort().filter((d) => d >= start);
    let previous: string | null = null;
    let when: When = null;
    let next = 0;
    for (const date of dates) {
      while (next < own.length && own[next].reportedOn! <= date) when = widenSpan(when, memberTime(own[next++]));
      const known = when ?? { from: start, to: start };
      const opposingRivals = rivals.filter((m) => m.reportedOn! <= date && opposesAt(claim, known, m));
      const counts = countSides(own, opposingRivals, date);
      const decided = statusRules.find((rule) => rule.test(counts))!;
      if (decided.status === previous) continue;
      previous = decided.status;
      const movedBy = [...own, ...opposingRivals].filter((m) => m.reportedOn === date).map((m) => m.ref);
      changes.push({ claimId: claim.id, asOf: date, status: decided.status, rule: decided.rule, movedBy });
    }
  }
  return changes;
}
