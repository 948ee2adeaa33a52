import type { Span, Token } from '../types.js';
import { isCapitalized, isTimeToken, isWord, lower } from './nounPhraseToken.js';
import type { SentenceView } from './sentenceView.js';
import { speakerAfter } from './speakerAfter.js';
import { speakerStopWords, timeLeadWords } from './speakerWords.js';

/** Adverbs that link a sentence to the one before, set off by commas before its subject. */
const linkingAdverbs = new Set(['however', 'meanwhile', 'still', 'instead', 'indeed', 'moreover', 'nevertheless', 'nonetheless', 'regardless', 'separately', 'similarly', 'likewise', 'yet', 'also', 'now', 'then', 'later', 'earlier', 'again']);

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The relative pronoun whose clause a coordinated verb continues: 'for
 * demonstrators here, *who* have taken to the streets and called for footage
 * to be released' (the verb after 'and' at `coordinator`). Only within the
 * clause: a comma, a semicolon or a quote mark between them ends the search.
 */
export function relativeSubjectBefore(tokens: readonly Token[], coordinator: number): number | null {
  for (let k = coordinator - 1; k >= 0; k--) {
    const word = lower(tokens[k]);
    if (/^[,;:"“”]$/u.test(tokens[k].text)) return null;
    if (word === 'who' || word === 'which') return k;
  }
  return null;
}

/** Most tokens of an opening adverbial skipped before the sentence's subject. */
const maxOpeningTokens = 12;

/**
 * The subject a ', saying ...' or '... and said' clause hangs on: '*Trump*
 * attacked Clinton on Tuesday, saying ...', past an opening adverbial up to
 * its comma ('Last week, *the Clinton campaign* also called on ... and
 * said', 'Speaking Sunday on ABC’s “This Week,” *Carson* admitted ... but said')
 * and an aside after the subject ('*De Blasio*, speaking on WOR710, called ...').
 */
export function sentenceSubject(view: SentenceView, before = view.tokens.length): Span | null {
  const tokens = view.tokens;
  // A clause after a semicolon has its own subject: '..., killed 19 people; *the army* at first denied involvement but acknowledged ...'.
  let from = 0;
  for (let k = 0; k < before; k++) if (tokens[k].text === ';') from = k + 1;
  const comma = tokens.slice(from, from + maxOpeningTokens).findIndex((t) => t.text === ',') + from;
  const opener = tokens[from] ? lower(tokens[from]) : '';
  // 'Two years *ago*,' is a time however it opens.
  const endsInAgo = comma > from && lower(tokens[comma - 1]) === 'ago';
  // A word that may open a time opens a short one ('The next day,', 'That night,'), not a clause ('The minister spoke for an hour, praising').
  const timeOpener = timeLeadWords.has(opener) && comma - from <= 4;
  const adverbial = comma > from && (speakerStopWords.has(opener) || timeOpener || isTimeToken(tokens, from) || /ing$/.test(opener) || endsInAgo);
  let start = adverbial ? comma + (/^["”]$/.test(tokens[comma + 1]?.text ?? '') ? 2 : 1) : from;
  // A linking adverb between commas: 'On Thursday*, however,* Trump spoke to ...', '*Still,* the ministry said'.
  if (linkingAdverbs.has(lower(tokens[start] ?? tokens[0])) && tokens[start + 1]?.text === ',') start += 2;
  const phrase = speakerAfter(tokens, start);
  // A determiner alone is the start of a subject the phrase reader gave up on: '*The* unreleased department video ... has become'.
  if (!phrase || (phrase.next === start + 1 && determiners.has(lower(tokens[start])))) return null;
  let next = phrase.next;
  if (tokens[next]?.text === ',') {
    const close = tokens.slice(next + 1, next + maxOpeningTokens).findIndex((t) => t.text === ',');
    if (close >= 0) next += close + 2;
  }
  const word = tokens[next];
  return word && isWord(word) && !isCapitalized(word) ? phrase : null;
}
