import type { Span, Token } from '../types.js';
import { isWord, lower } from './nounPhraseToken.js';
import { nounPhraseExceptions, skippedBeforeCue, speakerStopWords } from './speakerWords.js';

/** Longest subject taken; longer runs are clauses. */
const maxSubjectTokens = 10;

/**
 * Words that open a clause, so a subject never reaches past them:
 * 'Rubio won *because* voters believe ...', '*When* asked, he said'.
 */
const clauseOpeners = new Set([
  'that', 'and', 'but', 'or', 'nor', 'as', 'when', 'while', 'after', 'before', 'if', 'because', 'though', 'although',
  'since', 'where', 'whereas', 'whether', 'what', 'so', 'until', 'once', 'unless', 'than', 'then', 'yet', 'even',
  'whom', 'whose', 'how', 'why', 'however', 'also', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'not', "n't",
]);

/** A subject ends in a noun or pronoun, never in these: 'a *new* says', 'with *his* believe'. */
const badLastWords = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'of', 'to', 'in',
  'on', 'at', 'for', 'with', 'by', 'from', 'about', 'into', 'over', 'me', 'him', 'us', 'them', 'there', 'here',
  'very', 'more', 'most', 'much', 'all', 'no', 'any', 'every', 'each', 'own', 'only', 'just', 'myself', 'himself',
  'herself', 'itself', 'themselves', 'ourselves', 'yourself',
]);

const auxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'having']);
const prepositions = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'by', 'during', 'after', 'before', 'since', 'over', 'under', 'into', 'about']);

/** Pronouns and relatives that are a whole subject: '*who* believe', '*she* wants'. */
const wholeSubjects = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);

/** 'he *repeatedly* said'; not 'attorneys for the *family* said' or 'an *ally* said'. */
const isAdverbInLy = (token: Token): boolean => /ly$/.test(lower(token)) && !nounPhraseExceptions.has(lower(token));

/**
 * The subject written right before a cue, for verbs the tuned
 * speakerBefore leaves alone: from the clause start up to the cue, past
 * auxiliaries and adverbs ('he *has long* argued'), across prepositions
 * inside the phrase ('voters *in* Iowa say', 'The latest reports about the
 * emails suggest'). Stops at punctuation, quote marks and clause openers.
 */
export function looseSubject(tokens: readonly Token[], cue: number): Span | null {
  let last = cue - 1;
  while (last >= 0 && (skippedBeforeCue.has(lower(tokens[last])) || isAdverbInLy(tokens[last]))) last--;
  if (last < 0 || !isWord(tokens[last])) return null;
  const lastWord = lower(tokens[last]);
  if (wholeSubjects.has(lastWord)) return { start: tokens[last].start, end: tokens[last].end };
  // Nor a particle, a request or an auxiliary: 'came *away* convinced', '*please* ask', "*Don't* forget".
  if (badLastWords.has(lastWord) || clauseOpeners.has(lastWord) || speakerStopWords.has(lastWord) || /(?:ing|ed|n['’]t)$/u.test(lastWord)) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < maxSubjectTokens; k--) {
    const token = tokens[k];
    const word = lower(token);
    const glued = /^[.'’&-]$/.test(token.text) && k > 0 && tokens[k - 1].end === token.start;
    if (!isWord(token) && !glued) break;
    if (clauseOpeners.has(word) || wholeSubjects.has(word)) break;
    first = k;
  }
  if (first > 0 && last - first + 1 >= maxSubjectTokens - 1) return null;
  return { start: tokens[first].start, end: tokens[last].end };
}

/** 'has *drawn* scrutiny', 'has also *drawn* criticism', 'in *the past* asked': a participle or a preposition's object, starting at tokens[first], is no subject. */
export function standsAsSubject(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && skippedBeforeCue.has(lower(tokens[k])) && !auxiliaries.has(lower(tokens[k]))) k--;
  const before = k >= 0 && first > 0 ? lower(tokens[k]) : '';
  // 'thanks *to a* healthy dose of luck and government leaks': 'to' before a determiner is a preposition, not an infinitive.
  const toPreposition = before === 'to' && nounDeterminers.has(lower(tokens[first]));
  return !auxiliaries.has(before) && !prepositions.has(before) && !toPreposition;
}

const nounDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those']);
