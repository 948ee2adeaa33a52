import type { Token } from '../types.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { nounPhraseExceptions, speakerStopWords, timeWords } from './speakerWords.js';

/** Pronouns that never sit inside a longer noun phrase ('*he* told AFP' is a phrase on its own). */
const standalonePronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);

const monthNames = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

export const lower = (token: Token): string => token.text.toLowerCase();

export const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);

export const isCapitalized = (token: Token): boolean => /^[\p{Lu}\p{N}]/u.test(token.text);

export const isPronoun = (token: Token): boolean => standalonePronouns.has(lower(token));

/** 'Friday', 'week', and the day of a date ('June *16*'). */
export function isTimeToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  // 'Today' after a capitalised word ends a name: '*USA Today*', '*Korvath Today* could not confirm'.
  if (token.text === 'Today' && index > 0 && /^\p{Lu}/u.test(tokens[index - 1].text)) return false;
  if (timeWords.has(lower(token)) || /^(?:19|20)\d\d$/.test(token.text)) return true;
  return /^\d{1,2}$/.test(token.text) && index > 0 && monthNames.has(lower(tokens[index - 1]));
}

/** Irregular past participles, verbs like those in -ed: 'Nobody who has *seen* the site believes ...' has no speaker 'seen the site'. */
const irregularParticiples = new Set(['seen', 'been', 'taken', 'given', 'written', 'spoken', 'known', 'shown', 'done', 'gone', 'chosen', 'driven', 'eaten', 'fallen', 'forgotten', 'hidden', 'stolen', 'thrown', 'broken', 'beaten', 'begun', 'flown', 'grown', 'drawn', 'sworn', 'worn', 'torn']);

/**
 * Whether a token can sit inside a speaker's noun phrase. Lower-case words
 * ending in -ed, -ly or -ing are taken for verbs and adverbs ('the man
 * *arrested* ...'), capitalised words for names, so 'Maj. Gen. Ali Alami'
 * and 'US officials and Syrian activists' pass while 'they *reportedly*' stops.
 */
/**
 * An adverb in -ly and a participle in -ed before a noun modify it: 'a USA
 * TODAY analysis of *newly filed* campaign-finance reports shows', 'the
 * *recently released* documents'. True for either of the two words.
 */
const modifierOpeners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'these', 'those', 'of', 'in', 'on', 'for', 'from', 'with', 'by', 'about']);

function modifiesNounAfter(tokens: readonly Token[], index: number): boolean {
  const word = lower(tokens[index]);
  const adverb = (k: number): boolean => !!tokens[k] && /^\p{Ll}{3,}ly$/u.test(tokens[k].text);
  const participle = (k: number): boolean => !!tokens[k] && /^\p{Ll}{3,}ed$/u.test(tokens[k].text);
  const noun = (k: number): boolean => !!tokens[k] && isWord(tokens[k]) && !/(?:ed|ly|ing)$/u.test(lower(tokens[k])) && isNounPhraseToken(tokens, k);
  // After a determiner or a preposition only: 'Reid *frequently mocked* Romney' is a subject and its verb.
  const opens = (k: number): boolean => !!tokens[k] && modifierOpeners.has(lower(tokens[k]));
  if (/ly$/u.test(word)) return opens(index - 1) && adverb(index) && participle(index + 1) && noun(index + 2);
  if (/ed$/u.test(word)) return opens(index - 2) && participle(index) && adverb(index - 1) && noun(index + 1);
  return false;
}

export function isNounPhraseToken(tokens: readonly Token[], index: number, inTitle = false): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token.text === '.') return index < tokens.length - 1 && !!previous && previous.end === token.start && /^\p{Lu}[\p{L}]{0,3}$/u.test(previous.text);
  if (token.text === '’' || token.text === "'") return !!previous && previous.end === token.start && /s$/.test(previous.text);
  if (token.text === '&') return true;
  if (!isWord(token)) return false;
  const word = lower(token);
  // 'US', 'IS', 'UN' are names, not the pronoun or the verb.
  if (/^\p{Lu}{2,}$/u.test(token.text)) return true;
  if (standalonePronouns.has(word)) return false;
  if (speakerStopWords.has(word)) return false;
  // A negated auxiliary is a verb: 'He *didn't* suggest retaliation', 'It *wasn't* clear'.
  if (/n['’]t$/u.test(word)) return false;
  if (isCapitalized(token)) return !(inTitle && reportingVerbForms.has(word));
  if (reportingVerbForms.has(word)) return false;
  if (modifiesNounAfter(tokens, index)) return true;
  if (/(?:ed|ly|ing)$/.test(word.replace(/['’]s$/, '')) && !nounPhraseExceptions.has(word)) return false;
  return !irregularParticiples.has(word);
}
