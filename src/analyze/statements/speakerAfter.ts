import type { Span, Token } from '../types.js';
import { isNounPhraseToken, isPronoun, isTimeToken, lower } from './nounPhraseToken.js';
import { skipAdjunctsRight } from './contentAfterCue.js';
import { isPresentForm, reportingVerbForms } from './reportingVerbs.js';
import { timeLeadWords } from './speakerWords.js';

const maxPhraseTokens = 12;

/** Nouns for documents whose author may follow 'by': 'a recent report *by* the UN sanctions monitoring team'. */
const documentNouns = new Set(['report', 'reports', 'statement', 'study', 'survey', 'poll', 'analysis', 'investigation', 'review', 'article', 'story', 'tally', 'count', 'estimate', 'assessment', 'data', 'documents', 'video', 'footage', 'memo', 'letter', 'figures']);

/** Prepositions that tie a phrase to the speaker's noun: 'a spokesman *for* the ministry', 'a source *in* the room'. */
const postModifiers = new Set(['for', 'at', 'in', 'from', 'with', 'near', 'inside', 'within']);

/** Words that make a preposition an adverb, not a tie to a noun: 'the army *at first* denied', '*in fact*', '*at least*'. */
const fixedAdverbials = new Set(['first', 'least', 'last', 'once', 'all', 'fact', 'turn', 'particular', 'general', 'addition', 'response', 'part', 'short', 'person', 'public', 'private', 'principle', 'theory', 'effect', 'sum', 'time', 'times', 'return', 'contrast', 'total']);

export interface SpeakerAfter extends Span {
  /** Index of the first token after the phrase. */
  next: number;
}

/**
 * The speaker written after its verb or after 'according to':
 * '..., said Abu Ali al-Basri, head of ...' -> 'Abu Ali al-Basri';
 * 'said Chris Woods of Airwars this week' -> 'Chris Woods of Airwars'.
 */
export function speakerAfter(tokens: readonly Token[], at: number): SpeakerAfter | null {
  const startsTime = (k: number): boolean => isTimeToken(tokens, k) || (timeLeadWords.has(lower(tokens[k])) && k + 1 < tokens.length && isTimeToken(tokens, k + 1));
  // A time is no speaker: '*Yesterday* the Oren Valley Front put out ...'; in '..., McConnell, R-Ky., said *Tuesday*.' none follows.
  let from = at;
  while (from < tokens.length && startsTime(from)) from += timeLeadWords.has(lower(tokens[from])) && !isTimeToken(tokens, from) ? 2 : 1;
  if (from >= tokens.length) return null;
  if (isPronoun(tokens[from])) return { start: tokens[from].start, end: tokens[from].end, next: from + 1 };
  let last = -1;
  let k = from;
  while (k < tokens.length && k - from < maxPhraseTokens) {
    const word = lower(tokens[k]);
    if (last >= 0 && startsTime(k)) break;
    const form = reportingVerbForms.get(word);
    if (last >= 0 && word === 'close' && lower(tokens[k + 1] ?? tokens[k]) === 'to' && k + 2 < tokens.length && isNounPhraseToken(tokens, k + 2)) {
      // 'said a source *close to* the family'.
      k += 2;
    } else if (isNounPhraseToken(tokens, k) || (form && isPresentForm(word, form.verb))) {
      // After the verb or 'according to', 'reports' and 'claims' are nouns: 'according to new *reports*'.
      last = k;
      k++;
    } else if ((word === 'of' || word === 'and') && last >= 0 && k + 1 < tokens.length && isNounPhraseToken(tokens, k + 1)) {
      k++;
    } else if (word === 'by' && last >= 0 && documentNouns.has(lower(tokens[last])) && k + 1 < tokens.length && isNounPhraseToken(tokens, k + 1)) {
      k++;
    } else if (last >= 0 && postModifiers.has(word) && skipAdjunctsRight(tokens, k) === k && k + 1 < tokens.length && isNounPhraseToken(tokens, k + 1) && !fixedAdverbials.has(lower(tokens[k + 1])) && !startsTime(k + 1)) {
      // 'said a spokesman *for* the ministry', 'said an official *at* the embassy'; not 'in an interview' (a venue: skipAdjunctsRight).
      k++;
    } else break;
  }
  if (last < 0) return null;
  return { start: tokens[from].start, end: tokens[last].end, next: last + 1 };
}
