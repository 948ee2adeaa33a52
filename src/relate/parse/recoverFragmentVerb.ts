import { verbLemma } from '../../analyze/statements/wordClass.js';
import type { Token } from '../../analyze/segment/parseText.js';

/**
 * Headlines drop their auxiliaries and the tagger, trained on prose, then
 * finds no verb: 'Second American Journalist Beheaded by Islamic State',
 * 'Small Meteorite Strikes in Nicaragua's Capital', 'Soldier shot at War
 * Memorial in Ottawa', 'Saddam Hussein's pilots training Islamic State group'.
 * In a fragment with no verb at all, the first word after a noun that
 * WordNet reads as a verb and that is written as one (an ending -s, -ed or
 * -ing, another form of its verb such as 'shot', or an agent after it: 'hit
 * by') is read as the verb, so the clause reader sees 'journalist [was]
 * beheaded by ...'. A fragment with a verb is left as the tagger read it.
 */
export function recoverFragmentVerb(tokens: readonly Token[]): Token[] {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return [...tokens];
  const sentenceCase = writtenInSentenceCase(tokens);
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    const before = tokens[i - 1];
    // 'beheading of American journalist *James* Foley': in sentence case a capitalised word is a name, not 'jams'.
    if (sentenceCase && /^\p{Lu}/u.test(token.text)) continue;
    // Only right after a noun: after a possessive, an article or a number it is a noun itself ("Hussein's pilots", 'the strikes').
    if (!['NOUN', 'PROPN', 'ADJ'].includes(token.pos) || !['NOUN', 'PROPN'].includes(before.pos)) continue;
    const word = token.lower;
    const lemma = verbLemma(word);
    if (!lemma) continue;
    const written = /(?:s|ed|ing)$/u.test(word) || lemma !== word || tokens[i + 1]?.lower === 'by';
    if (!written) continue;
    const recovered = [...tokens];
    recovered[i] = { ...token, pos: 'VERB', lemma };
    return recovered;
  }
  return [...tokens];
}

/**
 * Whether a fragment is written in sentence case: some content word in it
 * is lower case ('Soldier *shot* at War Memorial'), so its capitals mark
 * names; in title case ('Second American Journalist Beheaded') they do not.
 */
export function writtenInSentenceCase(tokens: readonly Token[]): boolean {
  return tokens.some((t) => /^\p{Ll}{3,}/u.test(t.text) && ['NOUN', 'VERB', 'ADJ'].includes(t.pos));
}
