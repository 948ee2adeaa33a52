import type { Predicate, RelationKind } from './types.js';

/**
 * How two claims about the same subject bear on each other, by predicate.
 * `when` makes a rule time-aware: 'after' holds only when the second claim
 * is not before the first (alive after being killed is a contradiction,
 * alive before it is not); 'same' only when the two event times can be the
 * same moment; 'always' regardless. A pair the time condition rules out is
 * a sequence: one story told in instalments.
 */
export interface RelationRule {
  a: Predicate;
  b: Predicate;
  kind: RelationKind;
  when: 'after' | 'same' | 'always';
  why: string;
}

export const relationRules: readonly RelationRule[] = [
  // "killed in the 28 May strike" vs "he was still alive" (September 2017 recording)
  { a: 'killed', b: 'alive', kind: 'contradicts', when: 'after', why: 'killed vs alive afterwards' },
  // "killed in the strike" vs "still alive and hiding"
  { a: 'killed', b: 'hiding', kind: 'contradicts', when: 'after', why: 'killed vs hiding afterwards' },
  // "killed in May" vs "fled to the desert in January" (later)
  { a: 'killed', b: 'fled', kind: 'contradicts', when: 'after', why: 'killed vs moving afterwards' },
  // "killed in the strike" vs "survived a coup attempt" (later)
  { a: 'killed', b: 'survived-attack', kind: 'contradicts', when: 'after', why: 'killed vs surviving an attack afterwards' },
  // "killed in the strike" vs "was not in Raqqa at the time of the strike"
  { a: 'killed', b: 'absent', kind: 'contradicts', when: 'same', why: 'killed there vs not there' },
  // "severely injured, not killed" corrects the outcome of the same strike
  { a: 'injured', b: 'killed', kind: 'refines', when: 'same', why: 'injured, not killed, in the same event' },
  // "injured in the strike" vs "was not in Raqqa at the time"
  { a: 'injured', b: 'absent', kind: 'contradicts', when: 'same', why: 'injured there vs not there' },
  // "Dren was at the depot that night" vs "not believed to have been in Halvek"
  { a: 'present', b: 'absent', kind: 'contradicts', when: 'same', why: 'there vs not there' },
  // "alive but seriously injured": being injured implies having survived
  { a: 'injured', b: 'alive', kind: 'supports', when: 'always', why: 'injured implies alive' },
  // "still alive and hiding"
  { a: 'hiding', b: 'alive', kind: 'supports', when: 'always', why: 'hiding implies alive' },
  // "he fled to the desert" implies he was alive to flee
  { a: 'fled', b: 'alive', kind: 'supports', when: 'always', why: 'fleeing implies alive' },
  // "overcame an attempted coup"
  { a: 'survived-attack', b: 'alive', kind: 'supports', when: 'always', why: 'surviving an attack implies alive' },
  // "fled Mosul" (March 2017), then "hiding in the desert": a sequence, not a contradiction
  { a: 'fled', b: 'hiding', kind: 'supports', when: 'after', why: 'fled, then hiding' },
  // "was at the depot that night" is where the strike could kill or injure him
  { a: 'present', b: 'killed', kind: 'supports', when: 'same', why: 'there when the strike hit' },
  { a: 'present', b: 'injured', kind: 'supports', when: 'same', why: 'there when the strike hit' },
  // "killed in 2017" vs "killed in 2019": a man dies once
  { a: 'killed', b: 'killed', kind: 'contradicts', when: 'always', why: 'killed at two different times' },
];

/** Whether predicate b asserted in one breath makes predicate a false ('alive, so the claim that he was dead was wrong'). */
export function opposes(a: Predicate, b: Predicate): boolean {
  return relationRules.some(
    (rule) => ((rule.a === a && rule.b === b) || (rule.a === b && rule.b === a)) && a !== b && (rule.kind === 'contradicts' || rule.kind === 'refines'),
  );
}
