import type { QuotedSpan, Span, Token } from '../types.js';
import { isWord, lower } from './nounPhraseToken.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan } from './statementDraft.js';

/**
 * Most tokens before the speaker: the first part is the subject of the
 * second ('The strike on the market'), not a whole clause ('Satellite images
 * show that the wing was destroyed, *the monitor said today*, contradicting
 * ...'), whose cue ends it.
 */
const maxSubjectTokens = 12;

/**
 * What follows the cue's comma must go on with the clause: not a
 * participle hung on the speaker's verb (', *contradicting* repeated
 * statements', ', *adding* that') and not a new clause (', *and* neither
 * does anyone').
 */
const continuesClause = (word: string): boolean => !/ing$/u.test(word) && !['and', 'but', 'or', 'so', 'yet', 'while', 'though', 'although', 'because'].includes(word);

/**
 * The content of a cue set in the middle of what it reports, between
 * commas: 'The museum, *Mr. Bush said*, celebrated several of his heroes',
 * 'The strike, *the ministry said*, killed 12 people'. The words on both
 * sides are one statement, so the content runs from the start of the
 * sentence to its end, the speaker and cue inside it (the story reader
 * reads the clause without them: `withoutOwnFrame`). `speakerStart` is
 * where the speaker begins, `afterCue` the token after the cue and its
 * adjuncts. Null unless a comma stands right before the speaker and right
 * after the cue, words stand on both sides, and the first part is not a
 * quotation (“...,” he said, “...” is continueQuotes' work).
 */
export function parentheticalContent(
  text: string,
  view: SentenceView,
  speakerStart: number,
  afterCue: number,
  quotes: readonly Span[],
): QuotedSpan | null {
  const tokens: readonly Token[] = view.tokens;
  const before = text.slice(view.start, speakerStart).trimEnd();
  if (!before.endsWith(',') || !/[\p{L}\p{N}]/u.test(before)) return null;
  if (tokens.filter((t) => t.end <= speakerStart).length > maxSubjectTokens) return null;
  if (quotes.some((q) => q.start < speakerStart && q.end > view.start)) return null;
  const next = tokens[afterCue + 1];
  if (tokens[afterCue]?.text !== ',' || !next || !isWord(next) || !continuesClause(lower(next))) return null;
  if (tokens.slice(afterCue + 1).filter(isWord).length < 2) return null;
  return contentSpan(text, view.start, view.end);
}
