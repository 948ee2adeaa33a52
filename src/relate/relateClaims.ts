import { relationWhen } from './claimWhen.js';
import { relationRules, type RelationRule } from './relationRules.js';
import { notBefore, overlaps } from '../model/timeInterval.js';
import { spanInterval, type TimeSpan } from './timeSpan.js';
import type { Claim, Relation } from './types.js';

type When = TimeSpan | null;

/**
 * Whether a rule's time condition holds between a claim at time ta and one
 * at time tb, the spans read as intervals: 'same' when they overlap, 'after'
 * when b does not end before a starts ('killed 2016-FA' is before 'alive on
 * 2016-12-01', which the text comparison took for after). An unknown time
 * does not rule it out.
 */
export function holdsBetween(rule: RelationRule, ta: When, tb: When): boolean {
  if (rule.when === 'always') return true;
  const a = ta && spanInterval(ta);
  const b = tb && spanInterval(tb);
  if (!a || !b) return true;
  if (rule.when === 'same') return overlaps(a, b);
  return notBefore(b, a);
}

/**
 * Relations between the claims of one subject, by the rules in
 * relationRules.ts. Claims of different subjects are never compared, so the
 * cost is the square of the claims per subject (a handful), not of the story.
 * A 'supports' rule with a time order is a sequence ('fled Mosul, then
 * hiding in the desert'); a contradiction whose time order fails (alive
 * before being killed) is no relation at all.
 */
export function relateClaims(claims: Claim[]): Relation[] {
  const relations: Relation[] = [];
  const spans = new Map(claims.map((claim) => [claim, relationWhen(claim)]));
  for (const a of claims) {
    for (const b of claims) {
      if (a === b) continue;
      for (const rule of relationRules) {
        if (!rule.applies(a, b)) continue;
        if (rule.symmetric && a.id > b.id) continue;
        if (!holdsBetween(rule, spans.get(a)!, spans.get(b)!)) continue;
        relations.push({ kind: rule.kind, from: a.id, to: b.id, sequence: rule.kind === 'supports' && rule.when === 'after', why: rule.why });
      }
    }
  }
  return relations;
}
