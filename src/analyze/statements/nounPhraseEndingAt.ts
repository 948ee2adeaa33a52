import type { Span, Token } from '../types.js';
import { isNounPhraseToken, isPronoun, isTimeToken, isWord, lower } from './nounPhraseToken.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { timeLeadWords } from './speakerWords.js';

/*
 * The noun phrase a speaker parser reads leftwards from a verb: 'Two US
 * security sources', 'A colonel with the Iraqi national security service',
 * 'Sen. Bernie Sanders (I-Vt.)', and whether it opens its clause.
 */

/** Longest speaker phrase looked at; longer runs are clauses, not names. */
const maxPhraseTokens = 12;

export const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many']);

/** A phrase cannot end in these, so 'the *claim* made by the Russians' is a noun, not a cue. */
export const articles = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Prepositions that join a person to their organisation: 'A colonel *with* the Iraqi national security service'. */
const affiliations = new Set(['with', 'from', 'at', 'for']);

export const token0: Token = { text: '', start: 0, end: 0 };

/** Prepositions after which 'it' is an object: 'the man *in* it'. */
const objectPrepositions = new Set(['in', 'of', 'with', 'from', 'at', 'on', 'for', 'about', 'behind']);

/** Tokens that may stand right before a subject: start of sentence, comma, quote, 'that'. */
const subjectOpeners = new Set([',', '“', '"', '”', 'that', ':', '(', '—', '–', ';']);

/** Words of a duration that may open a clause before its subject: '*For three months* the ministry told us'. */
const durationWords = new Set(['days', 'weeks', 'months', 'years', 'hours', 'decades', 'day']);
/** Time words that also modify a noun: 'The *later* image', '*Time* magazine'. */
const relativeTimeWords = new Set(['time', 'later', 'earlier', 'recently', 'previously']);
const countWord = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)$/;

/**
 * First token of the subject past a time adverbial that opens the clause,
 * which the capitalised day or month otherwise glues to it: '[On] *Tuesday*
 * its spokesman', '[In] *late March* the ministry', '*Thursday* The Frontier
 * Dispatch', '[For] *three months* the ministry'. 'Time' is left alone ('Time magazine').
 */
function pastLeadingTime(tokens: readonly Token[], first: number, index: number): number {
  let after = first;
  for (let k = first; k < index; k++) {
    const word = lower(tokens[k]);
    if ((isTimeToken(tokens, k) && !relativeTimeWords.has(word)) || durationWords.has(word)) after = k + 1;
    else if (!timeLeadWords.has(word) && !countWord.test(word)) break;
  }
  return tokens.slice(after, index + 1).some(isWord) ? after : first;
}

/** Conjunctions a sentence may open with, before its subject. */
const sentenceConjunctions = new Set(['and', 'but', 'yet', 'so', 'or']);

/** Whether a subject starting at tokens[first] opens its clause: sentence start, after a comma, quote or 'that', or after a time word ('On Tuesday its spokesman'). */
export function opensClause(tokens: readonly Token[], first: number): boolean {
  // 'And the Lessarian services, who were wrong about Halvek in March ..., are now saying': a conjunction opening the sentence.
  const openingConjunction = first === 1 && sentenceConjunctions.has(lower(tokens[0]));
  return first <= 0 || openingConjunction || subjectOpeners.has(lower(tokens[first - 1])) || isTimeToken(tokens, first - 1);
}

/** The run of noun-phrase tokens ending at index, joined across 'of' and 'and'. */
export function nounPhraseEndingAt(tokens: readonly Token[], index: number, inTitle: boolean): Span | null {
  if (index < 0 || articles.has(lower(tokens[index]))) return null;
  if (tokens[index].text === ')') {
    // 'Sen. Bernie Sanders *(I-Vt.)* said': the party and state belong to the name.
    const open = tokens.slice(Math.max(0, index - 8), index).map((t) => t.text).lastIndexOf('(');
    const inner = open < 0 ? null : nounPhraseEndingAt(tokens, Math.max(0, index - 8) + open - 1, inTitle);
    return inner && { start: inner.start, end: tokens[index].end };
  }
  if (isPronoun(tokens[index])) {
    // 'The man *in it* calls': an object pronoun belongs to the phrase before its preposition.
    const object = lower(tokens[index]) === 'it' && index > 1 && objectPrepositions.has(lower(tokens[index - 1])) ? nounPhraseEndingAt(tokens, index - 2, inTitle) : null;
    return { start: object?.start ?? tokens[index].start, end: tokens[index].end };
  }
  let first = -1;
  let k = index;
  while (k >= 0 && index - k < maxPhraseTokens) {
    const word = lower(tokens[k]);
    // 'Recent *reports* however suggest': a plural cue word heading the subject is a noun.
    const pluralHead = k === index && k > 0 && /s$/.test(word) && reportingVerbForms.has(word) && isNounPhraseToken(tokens, k - 1, inTitle);
    if (isNounPhraseToken(tokens, k, inTitle) || pluralHead) {
      first = k;
      // 'struck *a* more cautious note': an indefinite article opens the phrase, unless joined ('Shepherds and a local official').
      if ((word === 'a' || word === 'an') && !['and', 'or'].includes(lower(tokens[k - 1] ?? token0))) break;
      k--;
    } else if (tokens[k].text === ')' && first >= 0) {
      // 'Sen. Bernie Sanders (I-Vt.) said'
      const open = tokens.slice(Math.max(0, k - 8), k).map((t) => t.text).lastIndexOf('(');
      if (open < 0) break;
      k = Math.max(0, k - 8) + open - 1;
    } else if ((word === 'of' || word === 'and') && first >= 0 && k > 0 && isNounPhraseToken(tokens, k - 1, inTitle)) {
      k--;
    } else if (word === 'by' && first >= 0 && k > 1 && /ed$/.test(lower(tokens[k - 1])) && isNounPhraseToken(tokens, k - 2, inTitle)) {
      // 'American and Iraqi officials [quoted by Iraqi media and CNN] said': the speaker is the outer phrase.
      return nounPhraseEndingAt(tokens, k - 2, inTitle);
    } else break;
  }
  if (first < 0) return null;
  first = pastLeadingTime(tokens, withAffiliation(tokens, first), index);
  const words = tokens.slice(first, index + 1).filter(isWord);
  if (words.length === 0 || words.every((t) => determiners.has(lower(t)))) return null;
  return { start: tokens[first].start, end: tokens[index].end };
}

/**
 * 'A colonel with the Iraqi national security service', 'A senior military
 * official from the SDF': a short indefinite or definite phrase, opening the
 * clause, then an affiliation. Returns the new first token, or `first`.
 */
function withAffiliation(tokens: readonly Token[], first: number): number {
  const joiner = first - 1;
  if (joiner < 1 || !affiliations.has(lower(tokens[joiner]))) return first;
  let k = joiner - 1;
  while (k >= 0 && joiner - k <= 4 && isNounPhraseToken(tokens, k)) {
    if (['a', 'an', 'the', 'one'].includes(lower(tokens[k]))) {
      const before = tokens[k - 1];
      return !before || subjectOpeners.has(lower(before)) ? k : first;
    }
    k--;
  }
  return first;
}

