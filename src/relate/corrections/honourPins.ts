import type { Claim, ClaimMember, MemberPin } from '../types.js';
import { widenSpan } from '../timeSpan.js';
import { anchorScore } from './matchStatement.js';

/** Every pin the members carry, once each, in the order the corrections were made. */
function pinsOf(claims: readonly Claim[]): MemberPin[] {
  const byCorrection = new Map<number, MemberPin>();
  for (const claim of claims) for (const member of claim.members) for (const pin of member.pins ?? []) byCorrection.set(pin.correction, pin);
  return [...byCorrection.values()].sort((a, b) => a.correction - b.correction);
}

const holds = (member: ClaimMember, correction: number): boolean => (member.pins ?? []).some((p) => p.correction === correction);

/** Claims holding pinned members, first to last. */
const holders = (claims: readonly Claim[], correction: number): Claim[] => claims.filter((c) => c.members.some((m) => holds(m, correction)));

/** Claims that merge become the first of them, its id kept: later articles' members still find their way in through either. */
function merge(claims: Claim[], correction: number): Claim[] {
  const [into, ...rest] = holders(claims, correction);
  if (!rest.length) return claims;
  const joined = { ...into, members: [...into.members, ...rest.flatMap((c) => c.members)] };
  return claims.filter((c) => !rest.includes(c)).map((c) => (c === into ? joined : c));
}

/** The members a split names leave their claims and form one of their own, after the claim they left ('dren.killed.1' → 'dren.killed.1.c4'). */
function split(claims: Claim[], correction: number): Claim[] {
  const hosts = holders(claims, correction);
  const leaving = hosts.flatMap((c) => c.members.filter((m) => holds(m, correction)));
  if (hosts.length === 1 && leaving.length === hosts[0].members.length) return claims;
  const left = claims.map((c) => (hosts.includes(c) ? { ...c, members: c.members.filter((m) => !holds(m, correction)) } : c));
  const host = hosts[0];
  return [...left, { ...host, id: `${host.id}.c${correction}`, members: leaving }];
}

/** A moved member joins the claim holding most of the statements it was moved to; when none holds them any more, it stays. */
function move(claims: Claim[], correction: number, to: MemberPin & { kind: 'move' }): Claim[] {
  const score = (claim: Claim) => claim.members.filter((m) => !holds(m, correction)).reduce((sum, m) => sum + anchorScore(m, to.to), 0);
  const target = claims.reduce<Claim | null>((best, c) => (score(c) > 0 && (best === null || score(c) > score(best)) ? c : best), null);
  if (!target) return claims;
  const moving = claims.flatMap((c) => (c === target ? [] : c.members.filter((m) => holds(m, correction))));
  return claims.map((c) => (c === target ? { ...c, members: [...c.members, ...moving] } : { ...c, members: c.members.filter((m) => !holds(m, correction)) }));
}

/** What groupClaims folds from a claim's members, folded again after its members changed hands. */
function refold(claim: Claim, order: ReadonlyMap<ClaimMember, number>): Claim {
  const members = [...claim.members].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const reported = members.map((m) => m.reportedOn).filter((d): d is string => d !== null).sort();
  return {
    ...claim,
    members,
    eventTime: members.reduce<Claim['eventTime']>((span, m) => widenSpan(span, m.proposition.eventTime), null),
    quantity: members.find((m) => m.proposition.quantity)?.proposition.quantity ?? null,
    agent: members.find((m) => m.proposition.agent)?.proposition.agent ?? null,
    firstReported: reported[0] ?? null,
  };
}

/**
 * The grouped claims of one subject with the merges, splits and moves made
 * by hand in force, in the order they were made: each pin is honoured
 * against the claims as they stand, so a merge holds however later articles
 * were grouped, and a claim emptied by a move is gone. `order` is each
 * member's place in the story, which members keep inside their claims.
 */
export function honourPins(claims: Claim[], order: ReadonlyMap<ClaimMember, number>): Claim[] {
  const pins = pinsOf(claims);
  if (!pins.length) return claims;
  let current = claims;
  for (const pin of pins) {
    if (pin.kind === 'merge') current = merge(current, pin.correction);
    else if (pin.kind === 'split') current = split(current, pin.correction);
    else current = move(current, pin.correction, pin);
  }
  const before = new Set(claims);
  return current.filter((c) => c.members.length).map((c) => (before.has(c) ? c : refold(c, order)));
}
