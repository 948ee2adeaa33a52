import { headlineLabels } from '../../analyze/statements/parseColonSource.js';
import { verbLemma } from '../../analyze/statements/wordClass.js';
import type { Token } from '../../analyze/segment/parseText.js';
import { writtenInSentenceCase } from './recoverFragmentVerb.js';

/** What may make up a headline's opening noun phrase. */
const phraseTags = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** What may follow a headline's verb: its object or complement. */
const objectTags = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PRON']);

/**
 * A headline's verb right after its opening noun phrase, which the tagger,
 * trained on prose, read as a noun: 'ISIS *Beheads* Kidnapped
 * Photojournalist James Wright Foley', 'ISLAMIC STATE *BEHEADS* MISSING
 * AMERICAN JOURNALIST', 'Militants *Claim* to Behead ...'. The word must be
 * one WordNet reads mostly as a verb (verbLemma: 'beheads', 'claims'; not
 * 'forces' or 'hopes'), inflected with -s after a singular subject, or
 * with 'to' and a verb after it; an object or 'to' must follow. A
 * participle right after it that opens the object describes it: 'Beheads
 * *Kidnapped* Photojournalist'. Headlines only (readPropositions): in prose
 * the tagger reads such words well, and 'the strikes' stays a noun.
 */
export function headlineVerb(tokens: readonly Token[]): Token[] {
  const sentenceCase = writtenInSentenceCase(tokens);
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const token = tokens[i];
    if (!phraseTags.has(token.pos)) return [...tokens];
    if (token.pos !== 'NOUN' || !['NOUN', 'PROPN'].includes(tokens[i - 1].pos)) continue;
    // 'photojournalist *James* Foley': in sentence case a capitalised word is a name.
    if (sentenceCase && /^\p{Lu}/u.test(token.text)) continue;
    const lemma = verbLemma(token.lower);
    if (!lemma) continue;
    const next = tokens[i + 1];
    const infinitive = next.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
    const inflected = lemma !== token.lower && /s$/u.test(token.lower);
    const participle = next.pos === 'VERB' && /(?:ed|ing)$/u.test(next.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 2]?.pos ?? '');
    if (!infinitive && !(inflected && (objectTags.has(next.pos) || participle))) continue;
    const repaired = [...tokens];
    repaired[i] = { ...token, pos: 'VERB', lemma };
    if (participle) repaired[i + 1] = { ...next, pos: 'ADJ' };
    return repaired;
  }
  return [...tokens];
}

/**
 * A headline's label before a colon says what kind of item it is, not what
 * happened: '*BREAKING:* Soldier shot at War Memorial in Ottawa', '*Update:*
 * ...'. The tagger read 'BREAKING' as a verb, so the fragment had a verb and
 * 'shot' was never recovered; the label and its colon are dropped.
 */
export function withoutHeadlineLabel(tokens: readonly Token[]): Token[] {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 2) return [...tokens];
  return headlineLabels.has(tokens.slice(0, colon).map((t) => t.lower).join(' ')) ? tokens.slice(colon + 1) : [...tokens];
}
