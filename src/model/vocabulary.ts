/**
 * The closed word lists of the story, each written once. The types, the zod
 * enums (and so the JSON Schema and the OpenAPI document), the terminal text
 * and the web app all take them from here. Plain arrays, no zod: the web
 * bundle imports this file at run time.
 */

/** How a statement stands towards a claim: 'ISIS denies Baghdadi was killed' → denies. */
export const stances = ['asserts', 'denies', 'doubts', 'reports'] as const;
export type Stance = (typeof stances)[number];

/** Where a claim stands as of a report date. Order as the JSON Schema lists them. */
export const statuses = ['claimed', 'disputed', 'corroborated', 'refuted', 'unverified'] as const;
export type Status = (typeof statuses)[number];

/** A claim with no dated report has no status change yet: it is 'unverified'. */
export const statusWithoutReports: Status = 'unverified';

/**
 * The predicate classes the relation and status rules know ('was killed',
 * 'died', 'is dead' → killed; 'hit', 'struck', 'bombed' → hit). A predicate
 * outside them is its own lemma ('limit', 'sell', 'check into'), so a claim
 * can be about anything; these are listed for the documentation.
 */
export const knownPredicates = ['killed', 'injured', 'alive', 'fled', 'hiding', 'present', 'absent', 'attended', 'survived-attack', 'captured', 'hit', 'destroyed', 'caused', 'fake', 'authentic', 'recorded'] as const;
export type Predicate = string;
const knownPredicateSet: ReadonlySet<string> = new Set(knownPredicates);
/** Whether the rules know a predicate class ('killed'), rather than it being a lemma of its own ('limit'). */
export const isKnownPredicate = (predicate: string): boolean => knownPredicateSet.has(predicate);

/** What a claim is about: a person, an organisation, a place, an object (the hospital, the recording), an event (the blast) or a quantity (the death toll, '212 people'). */
export const subjectKinds = ['person', 'organisation', 'place', 'object', 'event', 'quantity'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** How two claims about one subject bear on each other ('killed' contradicts 'alive' after it). */
export const relationKinds = ['contradicts', 'refines', 'supports'] as const;
export type RelationKind = (typeof relationKinds)[number];

/** Who a source is: a named speaker, or the outlet in its own voice (headline, narration). */
export const sourceKinds = ['speaker', 'outlet'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** How a statement is attributed in the text: '"…," he said' is direct, 'according to AP' according-to. */
export const statementKinds = ['direct', 'indirect', 'according-to', 'headline'] as const;
export type StatementKind = (typeof statementKinds)[number];

/** One count per stance: `{ asserts: 3, denies: 1, doubts: 0, reports: 2 }`. */
export type StanceCounts = Record<Stance, number>;
