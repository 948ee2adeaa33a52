import { eventNouns } from './propositions/predicateClasses.js';
import { bearsOutCount, narrowsCount, quantitiesAgree } from './propositions/readQuantity.js';
import type { Predicate, Quantity, RelationKind, SubjectKind } from './types.js';

/** What a rule looks at in a claim, or in one member's proposition. */
export interface ClaimFacts {
  predicate: Predicate;
  subjectKind: SubjectKind;
  quantity: Quantity | null;
  agent: string | null;
  /** When it happened, where known (a member's TIMEX3 value, a claim's span); absent or null when unknown. */
  eventTime?: string | { from: string; to: string } | null;
}

/**
 * How two claims about the same subject bear on each other. `when` makes a
 * rule time-aware: 'after' holds only when the second claim is not before
 * the first (alive after being killed is a contradiction, alive before it
 * is not); 'same' only when the two event times can be the same moment;
 * 'always' regardless. A symmetric rule is applied once per pair.
 */
export interface RelationRule {
  kind: RelationKind;
  when: 'after' | 'same' | 'always';
  why: string;
  symmetric?: boolean;
  /**
   * The first's assertions count for the second's status: whoever asserts '87 dead' asserts 'between 80 and 100 dead',
   * and an independent estimate of 'between 80 and 100' bears out '87'. Only counts, for now: 'injured', 'hiding' and 'fled' imply 'alive' as surely, but read as
   * assertions, the guesses an analyst labels as such ('I would not be surprised to learn that he got out') would then
   * corroborate 'alive' (the sample corpus on 28 March).
   */
  entails?: boolean;
  applies: (a: ClaimFacts, b: ClaimFacts) => boolean;
}

/**
 * A killing of one named being, not a count: the strike and the country
 * behind it kill one man alike, and 'Islamic State' and 'fighters' word one
 * killing two ways; so its agents are no rival causes. Whether the subject
 * is a person or was read as a thing ('JAMES WRIGHT FOLEY' in a headline in
 * capitals) does not matter; 23 militants killed by a strike or by a rocket
 * is a disputed cause.
 */
export const killedOfOne = (facts: Pick<ClaimFacts, 'predicate' | 'subjectKind'>): boolean => facts.predicate === 'killed' && facts.subjectKind !== 'quantity';

/** Two claims whose agents are different doers, not events ('islamic-state', 'fighters'; not 'strike', 'raid'), one of them undated. */
function toldApartByPerpetrator(a: ClaimFacts, b: ClaimFacts): boolean {
  const doer = (agent: string | null): boolean => agent !== null && !eventNouns.has(agent);
  return doer(a.agent) && doer(b.agent) && a.agent !== b.agent && !(a.eventTime && b.eventTime);
}

/** A rule between two predicate classes: 'killed' then 'alive'. */
function between(a: Predicate, b: Predicate, kind: RelationKind, when: RelationRule['when'], why: string): RelationRule {
  return { kind, when, why, symmetric: a === b, applies: (x, y) => x.predicate === a && y.predicate === b };
}

export const relationRules: readonly RelationRule[] = [
  // "killed in the 28 May strike" vs "he was still alive" (September 2017 recording)
  between('killed', 'alive', 'contradicts', 'after', 'killed vs alive afterwards'),
  // "killed in the strike" vs "still alive and hiding"
  between('killed', 'hiding', 'contradicts', 'after', 'killed vs hiding afterwards'),
  // "killed in May" vs "fled to the desert in January" (later)
  between('killed', 'fled', 'contradicts', 'after', 'killed vs moving afterwards'),
  // "killed in the strike" vs "survived a coup attempt" (later)
  between('killed', 'survived-attack', 'contradicts', 'after', 'killed vs surviving an attack afterwards'),
  // "killed in the strike" vs "was not in Raqqa at the time of the strike"
  between('killed', 'absent', 'contradicts', 'same', 'killed there vs not there'),
  // "severely injured, not killed" corrects the outcome of the same strike
  between('injured', 'killed', 'refines', 'same', 'injured, not killed, in the same event'),
  // "injured in the strike" vs "was not in Raqqa at the time"
  between('injured', 'absent', 'contradicts', 'same', 'injured there vs not there'),
  // "Dren was at the depot that night" vs "not believed to have been in Halvek"
  between('present', 'absent', 'contradicts', 'same', 'there vs not there'),
  // "alive but seriously injured": being injured implies having survived
  between('injured', 'alive', 'supports', 'always', 'injured implies alive'),
  // "still alive and hiding"
  between('hiding', 'alive', 'supports', 'always', 'hiding implies alive'),
  // "he fled to the desert" implies he was alive to flee
  between('fled', 'alive', 'supports', 'always', 'fleeing implies alive'),
  // "overcame an attempted coup"
  between('survived-attack', 'alive', 'supports', 'always', 'surviving an attack implies alive'),
  // "fled Mosul" (March 2017), then "hiding in the desert": a sequence, not a contradiction
  between('fled', 'hiding', 'supports', 'after', 'fled, then hiding'),
  // "was at the depot that night" is where the strike could kill or injure him
  between('present', 'killed', 'supports', 'same', 'there when the strike hit'),
  between('present', 'injured', 'supports', 'same', 'there when the strike hit'),
  // "the recording is fake" vs "the recording proves he is alive"
  between('fake', 'authentic', 'contradicts', 'always', 'fake vs authentic'),
  // "killed in 2017" vs "killed in 2019": a person dies once (a toll of 'people' may be killed again, in another event).
  // Not two killings told apart only by who did it, with no time for one: 'killed by Islamic State' and 'killed by
  // fighters' word one death two ways, as 'killed in the Russian strike' and 'killed in the US raid' do not.
  {
    kind: 'contradicts', when: 'always', why: 'killed at two different times', symmetric: true,
    applies: (a, b) => a.predicate === 'killed' && b.predicate === 'killed' && a.subjectKind === 'person' && b.subjectKind === 'person' && !toldApartByPerpetrator(a, b),
  },
  // "at least 212 people were killed" vs "87 people were killed" in the same blast: counts that cannot both be true
  {
    kind: 'contradicts', when: 'same', why: 'counts that cannot both be true', symmetric: true,
    applies: (a, b) => a.predicate === b.predicate && a.quantity !== null && b.quantity !== null && !quantitiesAgree(a.quantity, b.quantity),
  },
  // "87 people were killed" inside "between 80 and 100 people were killed": a closer count of the same event bears the wider one out
  {
    kind: 'supports', when: 'same', why: 'a closer count within the other', entails: true,
    applies: (a, b) => a.predicate === b.predicate && a.quantity !== null && b.quantity !== null && narrowsCount(a.quantity, b.quantity),
  },
  // The UN's "between 80 and 100" (an estimate with close ends) bears out the ministry's later "87": independent agreement on the count
  {
    kind: 'supports', when: 'same', why: 'a close estimate that bears out the count within it', entails: true,
    applies: (a, b) => a.predicate === b.predicate && a.quantity !== null && b.quantity !== null && bearsOutCount(a.quantity, b.quantity),
  },
  // "hit by an air strike" vs "hit by a misfired militant rocket": two causes of one event
  {
    kind: 'contradicts', when: 'same', why: 'different agents or causes of the same event', symmetric: true,
    applies: (a, b) => a.predicate === b.predicate && a.agent !== null && b.agent !== null && a.agent !== b.agent && !killedOfOne(a) && !killedOfOne(b),
  },
];

/** The reasons of the rules whose first claim entails the second: a relation carries its rule's reason. */
export const entailingReasons: ReadonlySet<string> = new Set(relationRules.filter((rule) => rule.entails).map((rule) => rule.why));

/** Whether b asserted in one breath makes a false ('alive, so the claim that he was dead was wrong'). */
export function opposes(a: ClaimFacts, b: ClaimFacts): boolean {
  return relationRules.some((rule) => (rule.kind === 'contradicts' || rule.kind === 'refines') && a.predicate !== b.predicate && (rule.applies(a, b) || rule.applies(b, a)));
}
