import type { Token } from './parseText.js';
import { recoverFragmentVerb } from './recoverFragmentVerb.js';

/**
 * After an infinitive's 'to' a verb stands in its base form, so a word the
 * tagger read there as another form of a verb is a noun: 'he has taken to
 * ground' ('ground' read as the past of 'grind'), 'has gone to ground'.
 * The word becomes a noun of its own spelling, and 'to' a preposition, so
 * the clause reader sees 'taken [to ground]'. Base forms ('to limit', 'to
 * grind') are left as they are.
 */
export function nounAfterTo(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 1; i < repaired.length; i += 1) {
    const token = repaired[i];
    if (token.pos !== 'VERB' || repaired[i - 1].lower !== 'to' || token.lemma === token.lower || /(?:ing|s)$/u.test(token.lower)) continue;
    repaired[i - 1] = { ...repaired[i - 1], pos: 'ADP' };
    repaired[i] = { ...token, pos: 'NOUN', lemma: token.lower };
  }
  return repaired;
}

/**
 * A participle between a determiner (or an adjective) and a noun describes
 * the noun: 'caused by a misfired rocket', 'the wounded commander'. The
 * tagger reads it as a verb, which left 'by a' with no phrase (so no agent)
 * and made a clause 'misfired rocket'; it becomes an adjective.
 */
export function attributiveParticiple(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 1; i + 1 < repaired.length; i += 1) {
    const token = repaired[i];
    if (token.pos !== 'VERB' || !/(?:ed|en)$/u.test(token.lower)) continue;
    if (!['DET', 'ADJ', 'NUM'].includes(repaired[i - 1].pos) || !['NOUN', 'PROPN'].includes(repaired[i + 1].pos)) continue;
    repaired[i] = { ...token, pos: 'ADJ' };
  }
  return repaired;
}

const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/**
 * A capitalised word between two names, inside a sentence, is part of one
 * name: 'Lindsay Lohan checks into Betty *Ford* Center', where the tagger
 * read 'Ford' as the verb 'to ford' and so found the clause 'Center fords'
 * and no 'checks into'. It becomes a proper noun, unless it is an inflected verb.
 */
export function wordInsideName(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 1; i + 1 < repaired.length; i += 1) {
    const [before, token, after] = [repaired[i - 1], repaired[i], repaired[i + 1]];
    if (token.pos === 'PROPN' || !capitalised(token) || before.pos !== 'PROPN' || after.pos !== 'PROPN' || !capitalised(before) || !capitalised(after)) continue;
    // An inflected verb stays one: 'Obama Meets Putin' in a Title Case headline.
    if ((token.pos === 'VERB' || token.pos === 'AUX') && token.lemma !== token.lower) continue;
    repaired[i] = { ...token, pos: 'PROPN', lemma: token.lower };
  }
  return repaired;
}

/** The repairs, in order, each a pure function of the tagged tokens of one statement: names are whole before a fragment's verb is looked for. */
const repairs = [wordInsideName, recoverFragmentVerb, nounAfterTo, attributiveParticiple];

export const repairTags = (tokens: readonly Token[]): Token[] => repairs.reduce<Token[]>((repaired, repair) => repair(repaired), [...tokens]);
