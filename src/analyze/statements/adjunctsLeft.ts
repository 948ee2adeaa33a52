import type { Token } from '../types.js';
import { nounPhraseEndingAt } from './nounPhraseEndingAt.js';
import { isCapitalized, isTimeToken, isWord, lower } from './nounPhraseToken.js';
import { nounPhraseExceptions, skippedBeforeCue, timeLeadWords } from './speakerWords.js';

/*
 * What stands between a subject and its verb, skipped leftwards from the
 * verb: auxiliaries and adverbs ('could not *independently* confirm'), a
 * time ('the ministry *on Friday* said'), a phrase of occasion ('Stumpf *in
 * a televised interview* appeared to blame'), a floating quantifier.
 */

/** A lower-case adverb in -ly between a subject and its verb: 'could not *independently* confirm' (not 'the *family*'). */
const isMannerAdverb = (token: Token): boolean => /^\p{Ll}{3,}ly$/u.test(token.text) && !nounPhraseExceptions.has(token.text) && token.text !== 'only';

/** Words of 'for the first time', 'for a second time', before the word 'time'. */
const occasionWords = new Set(['for', 'first', 'second', 'third', 'last', 'only']);

/** Nouns of the occasion a speaker spoke on, in a phrase between the speaker and the verb: 'Stumpf in a televised *interview* appeared to blame'. */
const occasionNouns = new Set(['interview', 'statement', 'speech', 'letter', 'tweet', 'post', 'briefing', 'conference', 'email', 'memo', 'appearance', 'address', 'op-ed', 'podcast', 'broadcast', 'testimony', 'remarks', 'call']);
const occasionPrepositions = new Set(['in', 'during', 'at']);
const occasionDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that']);

/**
 * The index before a phrase of occasion that ends at `index`, or `index`:
 * 'Stumpf *in a televised interview* appeared to blame', 'Trump *in an
 * interview with CNN* said', 'The ministry *in a statement* said'. The
 * phrase is a preposition, a determiner, at most two modifiers and an
 * occasion noun, then perhaps 'with' or 'to' and a capitalised name.
 */
function pastOccasion(tokens: readonly Token[], index: number): number {
  let noun = index;
  // 'in an interview *with CNN*', 'in a letter *to Congress*'.
  for (let k = index; k >= 0 && index - k < 4 && isCapitalized(tokens[k]); k--) {
    if (k > 0 && ['with', 'to'].includes(lower(tokens[k - 1]))) noun = k - 2;
  }
  if (noun < 2 || !occasionNouns.has(lower(tokens[noun]))) return index;
  for (let d = noun - 1; d >= 1 && noun - d <= 3; d--) {
    if (!occasionDeterminers.has(lower(tokens[d]))) continue;
    return occasionPrepositions.has(lower(tokens[d - 1])) && d >= 2 && isWord(tokens[d - 2]) ? d - 2 : index;
  }
  return index;
}

/** Adverbials of two words between a subject and its verb: 'critics have *in particular* noted'. */
const twoWordAdverbials = new Set(['in particular', 'in turn', 'at first', 'at least', 'for example', 'for instance', 'of course', 'in fact', 'at times', 'in part']);
const floatingQuantifiers = new Set(['both', 'all', 'each']);
const pluralAuxiliaries = new Set(['have', 'had', 'are', 'were', 'will', 'would', 'they', 'we', 'you']);

/** Whether tokens[k] ends a plural subject or is an auxiliary: 'have', 'they', 'Trump and Sanders', 'officials'. */
function floatsAfter(tokens: readonly Token[], k: number): boolean {
  if (pluralAuxiliaries.has(lower(tokens[k]))) return true;
  const phrase = nounPhraseEndingAt(tokens, k, false);
  if (!phrase) return false;
  const words = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end).map(lower);
  return words.includes('and') || /[^s]s$/u.test(words.at(-1) ?? '');
}

/** Index of the last token of the subject, past adverbs and time adjuncts: 'the Russian military [on Friday] claimed'. */
export function skipAdjunctsLeft(tokens: readonly Token[], index: number): number {
  let j = index;
  while (j >= 0) {
    // 'He did not suggest', and written short: 'He *didn't* suggest'.
    // An adverb of manner too: 'Korvath Today could not *independently* confirm'.
    if (skippedBeforeCue.has(lower(tokens[j])) || /^\p{Ll}+n['’]t$/u.test(tokens[j].text) || isMannerAdverb(tokens[j])) j--;
    else if (j > 0 && twoWordAdverbials.has(`${lower(tokens[j - 1])} ${lower(tokens[j])}`)) j -= 2;
    // A quantifier after a plural subject or an auxiliary floats: 'Trump and Sanders have *both* argued', 'They *all* said';
    // not 'Both said', nor 'DuVernay *both* documents the boom ... and the profits', where it pairs what follows.
    else if (j > 0 && floatingQuantifiers.has(lower(tokens[j])) && floatsAfter(tokens, j - 1)) j--;
    else if (isTimeToken(tokens, j)) {
      j--;
      // 'Kasteria *for the first time* acknowledged', 'the ministry *on Friday* said'.
      while (j >= 0 && (timeLeadWords.has(lower(tokens[j])) || isTimeToken(tokens, j) || occasionWords.has(lower(tokens[j])))) j--;
    } else {
      const before = pastOccasion(tokens, j);
      if (before === j) break;
      j = before;
    }
  }
  return j;
}

