import { readTimeInterval } from '../../model/timeInterval.js';
import type { ClaimMember, ClaimNeighbourhood, Predicate, Relation } from '../../model/story.js';
import { relationRules, type RelationRule } from '../relationRules.js';
import { spanInterval, type TimeSpan } from '../timeSpan.js';

/** A statement that asserts a claim the story holds to contradict the checked one ('he survived a coup attempt' against 'he was killed'). */
export interface OpposingStatement {
  claimId: string;
  /** Why the story says the two cannot both hold: 'killed vs surviving an attack afterwards'. */
  why: string;
  /** The words the opposite was read from: 'overcame', 'alive'. */
  words: string[];
  /** 'Baghdadi is still alive and possibly hiding': a hedged opposite doubts the claim rather than denies it. */
  hedged: boolean;
}

/**
 * What the story knows around a stated claim when it says what one derived
 * claim says: when that happened, and which statements assert a claim that
 * contradicts or corrects it. Empty when no derived claim says the same.
 */
export interface ClaimContext {
  happened: TimeSpan | null;
  /** By 'articleId/statementId'. */
  opposing: Map<string, OpposingStatement>;
}

export const noClaimContext: ClaimContext = { happened: null, opposing: new Map() };

export const statementKey = (articleId: string, statementId: string): string => `${articleId}/${statementId}`;

const facts = (predicate: string) => ({ predicate: predicate as Predicate, subjectKind: 'person' as const, quantity: null, agent: null });

/** The rule behind a relation between two predicate classes, for its clock: 'after' (alive after killed) or 'same' (not there when it happened). */
function ruleOf(relation: Relation, a: string, b: string): RelationRule | undefined {
  return relationRules.find((rule) => rule.kind === relation.kind && (rule.applies(facts(a), facts(b)) || rule.applies(facts(b), facts(a))));
}

/**
 * Whether a member can stand against the claim on the event clock. Being
 * alive or fleeing contradicts a killing only afterwards: 'he has survived
 * being wounded', written in March 2017, says nothing against a killing in
 * May 2017. Not being there contradicts it only at the same time. What is
 * unknown rules nothing out.
 */
function fitsInTime(rule: RelationRule | undefined, member: ClaimMember, happened: TimeSpan | null): boolean {
  const claim = happened ? spanInterval(happened) : null;
  if (!claim || !rule || rule.when === 'always') return true;
  const stated = member.proposition.eventTime ? readTimeInterval(member.proposition.eventTime) : null;
  const reported = member.reportedOn ? readTimeInterval(member.reportedOn) : null;
  if (rule.when === 'after') {
    const when = stated ?? reported;
    return !when || when.latest > claim.earliest;
  }
  if (stated) return stated.earliest < claim.latest && claim.earliest < stated.latest;
  return !reported || reported.latest > claim.earliest;
}

/**
 * The statements that assert a claim the story relates to the checked one
 * as contradicting it ('alive afterwards', 'not there at the time') or
 * correcting it ('injured, not killed, in the same event'), each where it
 * fits the claim's time.
 */
export function claimContextOf(claimId: string, neighbourhood: ClaimNeighbourhood): ClaimContext {
  const opposing = new Map<string, OpposingStatement>();
  const byId = new Map(neighbourhood.related.map((claim) => [claim.id, claim]));
  for (const relation of neighbourhood.relations) {
    if (relation.sequence || (relation.kind !== 'contradicts' && relation.kind !== 'refines')) continue;
    const other = byId.get(relation.from === claimId ? relation.to : relation.from);
    if (!other) continue;
    const rule = ruleOf(relation, neighbourhood.predicate, other.predicate);
    for (const member of other.members) {
      if (member.stance !== 'asserts' || !fitsInTime(rule, member, neighbourhood.eventTime)) continue;
      const key = statementKey(member.ref.articleId, member.ref.statementId);
      const known = opposing.get(key);
      // One statement may assert two opposites ('still alive and possibly hiding'); an unhedged one decides.
      if (known && !known.hedged) continue;
      opposing.set(key, { claimId: other.id, why: relation.why, words: [member.proposition.trigger.text], hedged: member.hedged });
    }
  }
  return { happened: neighbourhood.eventTime, opposing };
}

/** Whether an article was published before what the claim says happened began: a page of March 2017 cannot report a killing in May 2017. */
export function publishedBefore(published: string | null, happened: TimeSpan | null): boolean {
  const page = published ? readTimeInterval(published) : null;
  const claim = happened ? spanInterval(happened) : null;
  return page !== null && claim !== null && page.latest <= claim.earliest;
}
