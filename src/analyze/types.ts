import type { StatementKind } from '../model/vocabulary.js';

/**
 * The per-article annotation model. Every stage of the pipeline reads an
 * `AnalyzedDocument` and returns new annotations; offsets always index into
 * `AnalyzedDocument.text` (the clean article text, title first).
 */

/** A half-open character range [start, end) into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers, so records stay readable without the article. */
export interface QuotedSpan extends Span {
  text: string;
}

/**
 * title: the headline; standfirst: the sub-headline under it;
 * caption: a photo caption (kept, but never body);
 * body: the article's own running text.
 */
export type ParagraphKind = 'title' | 'standfirst' | 'caption' | 'body';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Token extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity extends QuotedSpan {
  type: EntityType;
  /** The fullest name this article uses for the same referent ('Mr Basri' -> 'Abu Ali al-Basri'). */
  canonical: string;
  /** Which rule found it, for tracing a decision back. */
  rule: string;
}

/** TIMEX3 types as in TimeML. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The calendar parts a value is built of. */
export type TimePart = 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'weekday' | 'partOfDay' | 'hour' | 'minute' | 'second';

export interface TimeHow {
  rule: string;
  /** Parts written in the text ('May 28' states month and day). */
  stated: TimePart[];
  /** Parts taken from the reference date or an earlier time expression ('May 28' in a 2017 report infers the year). */
  inferred: TimePart[];
  /** What the inferred parts came from. */
  anchor?: 'publication' | 'previous-time' | 'none';
}

export interface TimeExpression extends QuotedSpan {
  type: TimeType;
  /** TIMEX3 value: 2017-05-28, 2017-06, 2016-FA, 2017-W24, P5M, 2017-05-28T06:30, PAST_REF, ... */
  value: string;
  how: TimeHow;
}

export interface SpeakerRef extends QuotedSpan {
  /** Full name of the speaker as resolved in this article; equals text when nothing better is known. */
  canonical: string;
}

/**
 * direct: quoted words ("...," said X); indirect: reported speech (X said that ...);
 * according-to: 'according to X'; headline: 'X says ...' in a title.
 */
export type { StatementKind };

export interface Statement {
  id: string;
  /** Null when the source is not named ('it was reported that ...'). */
  speaker: SpeakerRef | null;
  cue: QuotedSpan;
  content: QuotedSpan;
  kind: StatementKind;
  /** Words that weaken the claim: 'may have', 'highly likely', 'no 100 percent confirmation'. */
  hedges: QuotedSpan[];
  negated: boolean;
  /** The negation words, when negated. */
  negation: QuotedSpan[];
  rule: string;
}

export interface Annotations {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpression[];
  statements: Statement[];
}

export interface AnalyzedDocument extends Annotations {
  text: string;
}

/** Calendar date as YYYY-MM-DD, the reference every relative expression is resolved against. */
export type IsoDate = string;

export interface AnalysisContext {
  /** Publication date used as the reference date; null when unknown (relative times then stay unresolved). */
  referenceDate: IsoDate | null;
}

/**
 * A stage is a pure function of the document so far and the context: no
 * database, network or module state. It returns only the annotation lists it
 * produces (or replaces, for a refining stage). Nothing found is an empty list.
 */
export interface Stage {
  name: string;
  run(doc: AnalyzedDocument, context: AnalysisContext): Partial<Annotations>;
}
