/**
 * The cross-article model. Every conclusion points back to an article id, a
 * statement id and the span of text it rests on, so a reader can check it.
 * Two clocks are kept apart throughout: `eventTime` is when something
 * happened (a TIMEX3 value from the text), `reportedOn` is the publication
 * date of the article that said it.
 */
import type { Predicate, RelationKind, Stance, StanceCounts, Status, SubjectKind } from './vocabulary.js';
import type { CorrectionMark, StatementKey } from './correction.js';

export type { Predicate, RelationKind, Stance, StanceCounts, Status, SubjectKind };

/** Where a piece of evidence sits: article, statement, and the words. */
export interface StatementRef {
  articleId: string;
  /** The statement id from the article record, or 'o<n>' for an outlet's own assertion. */
  statementId: string;
  text: string;
  start: number;
  end: number;
}


/** A stated number with its bounds: 'at least 212 people' is 212 to no upper bound, 'between 80 and 100' is 80 to 100. */
export interface Quantity {
  low: number | null;
  high: number | null;
  /** As written: 'at least 212'. */
  text: string;
  /** What is counted: 'people', 'watches'; null when the number stands alone ('212 dead'). */
  unit: string | null;
}

/**
 * One proposition read from one statement by a shallow parse of its
 * sentence: 'At least 212 people (subject, quantity) were killed (predicate)
 * in the blast (agent) at Al-Rahma hospital (place) on Tuesday (event time)'.
 */
export interface Proposition {
  /** Story-wide key of what the claim is about: 'baghdadi', 'al-rahma hospital', 'blast', 'people'. */
  subject: string;
  /** The fullest name seen for the subject in this article ('Abu Bakr al-Baghdadi', 'the Al-Rahma hospital'). */
  subjectName: string;
  subjectKind: SubjectKind;
  /** The predicate class: 'killed' for 'was killed', 'died', 'is dead'; else the lemma ('limit'). */
  predicate: Predicate;
  /** An event happens once, at a time; a state holds as of its report ('alive', 'fake'). */
  kind: 'event' | 'state';
  /** The predicate as written, with its object and complements: 'were killed in the blast', 'hit the hospital'. */
  predicateText: string;
  /** Key of the object when it is not the subject: 'features' in 'limit features'. */
  object: string | null;
  objectName: string | null;
  quantity: Quantity | null;
  /** Key of the agent or cause: 'air strike' in 'hit by an air strike', 'strike' in 'killed in the strike'. */
  agent: string | null;
  agentName: string | null;
  /** The predicate itself is negated ('was not killed'), not merely the statement. */
  negated: boolean;
  /** Negation words of the predicate ('not'), when negated. */
  negation: string[];
  /** Modal words of the predicate ('may', 'could'). */
  modality: string[];
  /** The words the predicate was read from, in the article text ('killed', 'check into'). */
  trigger: StatementRef;
  /** The clause the proposition was read from: subject to last complement. */
  clause: { start: number; end: number };
  place: string | null;
  /** TIMEX3 value of a date stated inside the clause; null when none is stated. */
  eventTime: string | null;
  /** The predicate sits inside a reported frame ('rumours that he was dead', 'his reported death'). */
  relayed: boolean;
}

/** Who stands behind a statement and how it reached the outlet: outlet → agency → speaker. */
export interface Attribution {
  /** Speaker as resolved in its article, or the outlet itself for its own assertions. */
  speaker: string;
  /** Story-wide key of the speaker, so 'the Russians' and 'Russia' count once. */
  speakerKey: string;
  /** The party the speaker belongs to, for independence: 'russia', 'united states', or the speaker key; '' for a speaker left as a pronoun. */
  side: string;
  outlet: string;
  /** Outlet first, then agencies it names as relays ('told Reuters', 'via TASS'), then the speaker. */
  chain: string[];
}

/** One statement's bearing on one claim. */
export interface ClaimMember {
  ref: StatementRef;
  /**
   * When the statement was made public: the date the article gives the
   * speech act ('said in March') when that is earlier, else the publication
   * date. The report clock.
   */
  reportedOn: string | null;
  /** The publication date of the article that carried it. */
  publishedOn: string | null;
  proposition: Proposition;
  attribution: Attribution;
  stance: Stance;
  /** The words that decided the stance ('not', 'no evidence to corroborate', 'may have'). */
  stanceWords: string[];
  hedged: boolean;
  /** Which stance rule fired. */
  stanceRule: string;
  /** Id of the source (original utterance) this member echoes. */
  sourceId: string;
  /** The corrections by hand that changed this member; absent when none did. */
  corrections?: CorrectionMark[];
  /** What corrections by hand ask of its claim (merge, split, move), honoured after grouping (honourPins); absent when none. */
  pins?: MemberPin[];
  /** Speaker keys this member's source must not share, marked by hand as different sources; absent when none. */
  apartFrom?: string[];
}

/**
 * A correction's hold on where a member goes: claims holding members of one
 * merge become one; the members of one split form a claim of their own; a
 * moved member joins the claim holding the `to` statements.
 */
export type MemberPin =
  | { correction: number; kind: 'merge' }
  | { correction: number; kind: 'split' }
  | { correction: number; kind: 'move'; to: StatementKey[] };

export interface Claim {
  id: string;
  /** Blocking key: subject|predicate. Claims are only ever compared inside one key or one subject. */
  key: string;
  text: string;
  subject: string;
  subjectName: string;
  subjectKind: SubjectKind;
  predicate: Predicate;
  kind: 'event' | 'state';
  /** The object, agent and quantity the claim's members agree on, when they state one. */
  object: string | null;
  agent: string | null;
  quantity: Quantity | null;
  place: string | null;
  /** The earliest report date of its members: the event it is about happened before it. */
  firstReported: string | null;
  /** Earliest and latest event time stated by members, TIMEX3 values. */
  eventTime: { from: string; to: string } | null;
  members: ClaimMember[];
  /** The corrections by hand that changed it or its members; absent when none did. */
  corrections?: CorrectionMark[];
}

/** One original utterance, however many outlets echoed it. */
export interface Source {
  id: string;
  speaker: string;
  side: string;
  claimId: string;
  stance: Stance;
  /** Every outlet that carried it, each with its chain. */
  echoes: { ref: StatementRef; outlet: string; chain: string[] }[];
  /** The corrections by hand that changed its members; absent when none did. */
  corrections?: CorrectionMark[];
}

export interface Relation {
  kind: RelationKind;
  from: string;
  to: string;
  /** A sequence in time ('fled, then hiding') supports rather than contradicts. */
  sequence: boolean;
  why: string;
}

export interface StatusChange {
  claimId: string;
  asOf: string;
  status: Status;
  rule: string;
  /** The members, reported on that date, that moved the status; or, when none did, those that moved the standing of a rival claim that day. */
  movedBy: StatementRef[];
}

export interface TimelineEntry {
  clock: 'event' | 'report';
  /** A TIMEX3 value for events, a YYYY-MM-DD publication date for reports. */
  time: string;
  claimId: string;
  ref: StatementRef | null;
}

export interface Story {
  claims: Claim[];
  sources: Source[];
  relations: Relation[];
  statusHistory: StatusChange[];
  timeline: TimelineEntry[];
}

/** Everything the story says about one subject; recomputed only when one of its claims changes. */
export interface SubjectStory {
  claims: Claim[];
  sources: Source[];
  relations: Relation[];
  statusHistory: StatusChange[];
}

/** One derived claim's predicate and event time, the relations it takes part in, and the claims at their other end with the members that assert them. */
export interface ClaimNeighbourhood {
  predicate: string;
  eventTime: { from: string; to: string } | null;
  relations: Relation[];
  related: { id: string; predicate: string; members: ClaimMember[] }[];
}

/** One claim as the claims table holds it, for listing without unpacking its subject. */
export interface ClaimRow {
  id: string;
  predicate: Predicate;
  text: string;
  status: Status;
  statement_count: number;
  source_count: number;
  stances: StanceCounts;
  first_reported: string | null;
  last_reported: string | null;
  /** The corrections by hand that changed it; empty when none did. */
  corrections: CorrectionMark[];
}

/** What relating one subject gives the store to keep: the derived story, its claim rows, and how many members it rests on. */
export interface DerivedSubject {
  subject: string;
  story: SubjectStory;
  claims: ClaimRow[];
  statementCount: number;
}

/** One claim member as stored with its article: its place in the article and its subject. */
export interface MemberRow {
  ordinal: number;
  subject: string;
  member: ClaimMember;
}

/** A speaker and the side one article's reading gave it: 'valdorian army' -> 'valdoria'; 'military' -> 'military' (none found). */
export interface SpeakerSide {
  speakerKey: string;
  side: string;
}

/** The side the whole story gives a side name that one article left on its own: 'army' -> 'valdoria' (relate/storySides.ts). */
export type StorySides = ReadonlyMap<string, string>;
