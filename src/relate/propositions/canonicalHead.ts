import type { Token } from '../../analyze/segment/parseText.js';

/**
 * The canonical word for a common-noun head, so the same thing read in
 * different articles gets one subject key: 'fragments' and 'Fragments'
 * (tagged as a name at the start of a sentence, lemma left as written) are
 * both 'fragment'; 'footage' is 'video'.
 */

/**
 * Head nouns that name the same kind of thing in news text, each with its
 * reason; a small table rather than WordNet (whose synsets put 'footage'
 * with 'film' and 'recording' with any record, too wide for a subject key).
 * 'recording' is left alone: it is audio as often as video ('an intercepted
 * recording of the call').
 */
const sameThing: Record<string, string> = {
  // "Army audio proves militant rocket caused the blast" / "this recording proves beyond doubt": audio is a recording.
  audio: 'recording',
  // "the footage had been recorded before the strike" / "the video was recorded"
  footage: 'video',
  clip: 'video',
  videotape: 'video',
  // "the photo was doctored" / "the photograph"
  photo: 'photograph',
  picture: 'photograph',
  // "when the drones struck" / "no aircraft struck the hospital" / "an air strike": one word for an attack from
  // the air and what delivers it ('airstrike' is read by resolveSubject). Not 'bombing': a car bombing is no air strike.
  drone: 'strike',
  aircraft: 'strike',
  warplane: 'strike',
  jet: 'strike',
};

/** Endings of singular nouns that a plural rule must not cut: 'news', 'series', 'crisis', 'virus', 'glass'. */
const notPlural = /(?:ss|us|is|ics|news|series|species)$/u;

/**
 * English plural to singular for a word the tagger left as written: wink-nlp
 * lemmatises 'fragments' to 'fragment' as a noun, not as a capitalised
 * 'Fragments' it took for a name. 'casualties' -> 'casualty', 'boxes' -> 'box'.
 */
export function singular(word: string): string {
  if (word.length < 4 || notPlural.test(word) || !word.endsWith('s')) return word;
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|zes|sses)$/u.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The key word of a common-noun head: its lemma (a capitalised word at the
 * start of a sentence, tagged as a name, is lower-cased and made singular
 * first), then the same-thing table.
 */
export function canonicalHead(head: Token): string {
  const lemma = head.pos === 'PROPN' || head.lemma === head.lower ? singular(head.lemma) : head.lemma;
  return sameThing[lemma] ?? lemma;
}

/** A closed compound of an event noun is the event noun: 'airstrike' is a strike, 'airraid' a raid. */
export const eventCompound = /^(?:air|drone|missile|rocket)-?(strike|raid|attack)$/u;

/** The key word of a common noun written in text, lower case, as a head is keyed: 'airstrikes' -> 'strike', 'drones' -> 'strike'. */
export function canonicalWord(word: string): string {
  const one = singular(word.toLowerCase());
  const compound = eventCompound.exec(one)?.[1] ?? one;
  return sameThing[compound] ?? compound;
}
