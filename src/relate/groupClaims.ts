import { predicateKind } from './predicateCues.js';
import { overlaps, readTimeInterval } from '../model/timeInterval.js';
import { spanInterval, widenSpan } from './timeSpan.js';
import type { Claim, ClaimMember } from './types.js';

/**
 * The blocking index: claims by subject|predicate key. A new member is only
 * ever compared with the few claims of its own block, never with every
 * statement, so adding n statements costs about n lookups.
 */
export interface ClaimIndex {
  claims: Map<string, Claim>;
  blocks: Map<string, string[]>;
}

export const emptyClaimIndex = (): ClaimIndex => ({ claims: new Map(), blocks: new Map() });

export const blockKey = (member: ClaimMember): string => `${member.proposition.subject}|${member.proposition.predicate}`;

/** A claim id that needs no quoting in a shell or a URL: 'baghdadi.killed.1', 'abu-ali.alive.2'. */
const claimId = (subject: string, predicate: string, serial: number): string =>
  `${subject.replace(/[^\p{L}\p{N}-]+/gu, '-')}.${predicate}.${serial}`;

/**
 * Whether a member's event time fits a claim: a state ('alive') fits any
 * time; an event fits when its time overlaps the claim's span, so '2025-W10'
 * fits a claim of '2025-03' to '2025-03-09' and '2016-FA' does not fit one
 * of '2016-12-01' (as text, both sorted inside and a prefix test missed the first).
 * A time that names no interval is unknown and does not rule a claim out.
 */
function fits(claim: Claim, time: string | null): boolean {
  if (predicateKind[claim.predicate] === 'state' || time === null || claim.eventTime === null) return true;
  const at = readTimeInterval(time);
  const span = spanInterval(claim.eventTime);
  return !at || !span || overlaps(at, span);
}

/**
 * Where a member goes inside its block: a member with no stated time joins
 * the largest claim (the story's main version of that event); one with a
 * time joins the first claim whose time it fits; otherwise it starts a claim.
 */
function chooseClaim(index: ClaimIndex, ids: string[], time: string | null): Claim | null {
  const claims = ids.map((id) => index.claims.get(id)!);
  if (time === null) return claims.reduce<Claim | null>((best, c) => (best === null || c.members.length > best.members.length ? c : best), null);
  return claims.find((claim) => fits(claim, time)) ?? null;
}

/**
 * Adds members to the index and returns the ids of the claims it touched.
 * The index passed in is changed: callers hand it a copy they own
 * (relateSubject starts from an empty one), so earlier indexes stay as they were. A claim is
 * copied before its first change, so claims shared with an earlier state
 * are never modified.
 */
export function groupClaims(index: ClaimIndex, members: ClaimMember[]): Set<string> {
  const touched = new Set<string>();
  for (const member of members) {
    const key = blockKey(member);
    const ids = index.blocks.get(key) ?? [];
    const time = member.proposition.eventTime;
    let claim = chooseClaim(index, ids, time);
    if (!claim) {
      const { subject, subjectName, predicate } = member.proposition;
      claim = { id: claimId(subject, predicate, ids.length + 1), key, text: '', subject, subjectName, predicate, place: null, eventTime: null, members: [] };
      index.blocks.set(key, [...ids, claim.id]);
    }
    if (!touched.has(claim.id)) {
      claim = { ...claim, members: [...claim.members] };
      touched.add(claim.id);
    }
    claim.members.push(member);
    claim.eventTime = widenSpan(claim.eventTime, time);
    index.claims.set(claim.id, claim);
  }
  return touched;
}
