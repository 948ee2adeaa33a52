import type { Token } from '../../analyze/segment/parseText.js';
import { verbLemma } from '../../analyze/statements/wordClass.js';
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

/** Participles in -ing that English uses as adjectives before a noun. */
const adjectivalParticiples = new Set(['missing', 'remaining', 'leading', 'ruling', 'governing', 'outgoing', 'incoming', 'opposing', 'existing', 'ongoing', 'following', 'surviving']);

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
    if (token.pos !== 'VERB') continue;
    const before = repaired[i - 1];
    const after = repaired[i + 1];
    if (/(?:ed|en)$/u.test(token.lower)) {
      // After a preposition too: 'beheading of *kidnapped* journalist James Foley', a headline with no article.
      if (['DET', 'ADJ', 'NUM', 'ADP'].includes(before.pos) && ['NOUN', 'PROPN'].includes(after.pos)) repaired[i] = { ...token, pos: 'ADJ' };
      // And opening an apposition: 'James Wright Foley, *Kidnapped* Journalist, Apparently Executed by ISIS'.
      else if (before.text === ',' && ['NOUN', 'PROPN'].includes(after.pos) && closesApposition(repaired, i + 1)) repaired[i] = { ...token, pos: 'ADJ' };
      continue;
    }
    // 'the Nineveh governing complex was liberated', 'the ruling party': a present participle inside a phrase the article
    // opens, before the phrase's last noun. 'the army killing civilians' (a noun before it) stays a verb.
    // 'behead *missing* journalist', '*remaining* fighters': a participle the language uses as an adjective, where no subject
    // or auxiliary stands before it to make it a verb ('the army is *leading* troops' stays one).
    if (adjectivalParticiples.has(token.lower) && !['AUX', 'PRON', 'NOUN', 'PROPN'].includes(before.pos) && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos)) {
      repaired[i] = { ...token, pos: 'ADJ' };
      continue;
    }
    const opened = before.pos === 'DET' || (before.pos === 'PROPN' && repaired[i - 2]?.pos === 'DET' && !/s$/u.test(before.lower));
    const closes = after.pos === 'NOUN' && (repaired[i + 2] === undefined || afterPhrase.has(repaired[i + 2].pos));
    if (/ing$/u.test(token.lower) && opened && closes) repaired[i] = { ...token, pos: 'ADJ' };
  }
  return repaired;
}

/** Whether the nouns from token i on end at a comma: the apposition ', Kidnapped Journalist,' closes; ', killed civilians in' does not. */
function closesApposition(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && ['NOUN', 'PROPN'].includes(tokens[j].pos)) j += 1;
  return tokens[j]?.text === ',';
}

/**
 * After 'has', 'have' or 'had' (and its adverbs) stands a verb, however a
 * title-case headline made the tagger read it: 'ISIL Has Reportedly
 * *Beheaded* Journalist Steven Sotloff' ('Beheaded' read as an adjective).
 * A word ending in -ed or -en that WordNet reads as a verb becomes one.
 */
export function perfectParticiple(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 0; i < repaired.length; i += 1) {
    if (repaired[i].pos !== 'AUX' || repaired[i].lemma !== 'have') continue;
    let j = i + 1;
    while (repaired[j]?.pos === 'ADV') j += 1;
    const token = repaired[j];
    if (!token || (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') || !/(?:ed|en)$/u.test(token.lower)) continue;
    const lemma = verbLemma(token.lower);
    if (lemma) repaired[j] = { ...token, pos: 'VERB', lemma };
  }
  return repaired;
}

/** Determiners that own what follows: 'his', 'its', 'their'. Not 'her', also an object ('saw her leave'). */
const possessives = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/**
 * After a possessive determiner comes a noun phrase, never a verb: 'he has
 * managed to elude getting his just rewards', where the tagger read
 * 'rewards' as a verb and made a claim 'Baghdadi just rewards'. A word read
 * as a verb there, right after the possessive or after its adverbs and
 * adjectives, is a noun, or an adjective when a noun follows ('his reported death').
 */
export function nounAfterPossessive(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 0; i < repaired.length; i += 1) {
    if (!possessives.has(repaired[i].lower) || repaired[i].pos === 'VERB') continue;
    let j = i + 1;
    while (repaired[j] && (repaired[j].pos === 'ADV' || repaired[j].pos === 'ADJ')) j += 1;
    // Before a noun it describes it: 'his reported death', 'their stolen cars'.
    if (repaired[j]?.pos === 'VERB') repaired[j] = { ...repaired[j], pos: ['NOUN', 'PROPN'].includes(repaired[j + 1]?.pos ?? '') ? 'ADJ' : 'NOUN' };
  }
  return repaired;
}

/** Words that end a noun phrase when they follow it: a preposition, 'to', punctuation, a verb. */
const afterPhrase = new Set(['ADP', 'PART', 'PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ']);

/**
 * An adjective that closes a phrase opened by an article stands for a noun:
 * 'The SDF launched an offensive to expel IS', where 'an offensive' had no
 * noun, so the offensive was not what was launched; 'the wounded were taken'.
 * Not before a noun ('an offensive weapon').
 */
export function adjectiveAsNoun(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 1; i < repaired.length; i += 1) {
    const token = repaired[i];
    if (token.pos !== 'ADJ' || !/^(?:a|an|the)$/u.test(repaired[i - 1].lower)) continue;
    const next = repaired[i + 1];
    if (next && !afterPhrase.has(next.pos)) continue;
    repaired[i] = { ...token, pos: 'NOUN' };
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

const adjacent = (a: Token, b: Token): boolean => a.end === b.start;

/**
 * A participle joined by a hyphen to the word before it is half of a
 * compound adjective: 'Islamic State's so-called "caliphate"', 'US-led',
 * 'Russian-backed'. The tagger read 'called' as a verb, whose subject was
 * then the caliphate's leader ('Baghdadi called').
 */
export function hyphenatedParticiple(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 2; i < repaired.length; i += 1) {
    const [word, hyphen, token] = [repaired[i - 2], repaired[i - 1], repaired[i]];
    if (token.pos !== 'VERB' || hyphen.text !== '-' || !adjacent(word, hyphen) || !adjacent(hyphen, token)) continue;
    repaired[i] = { ...token, pos: 'ADJ' };
  }
  return repaired;
}

/** What may stand before 'given' used as a preposition: the start, a comma, 'and', 'especially'. */
const beforeGivenAsPreposition = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADV']);

/**
 * 'Given' opening a phrase is a preposition ('considering'): 'and given the
 * confirmation that the strike took place', 'especially given the
 * confusion'. Read as a verb it made claims 'Baghdadi give confirmation'.
 * After a subject or an auxiliary it stays a verb ('they were given the keys').
 */
export function givenAsPreposition(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 0; i + 1 < repaired.length; i += 1) {
    const token = repaired[i];
    if (token.lower !== 'given' || !['DET', 'NOUN', 'ADJ', 'PRON'].includes(repaired[i + 1].pos)) continue;
    if (i > 0 && !beforeGivenAsPreposition.has(repaired[i - 1].pos)) continue;
    repaired[i] = { ...token, pos: 'ADP', lemma: 'given' };
  }
  return repaired;
}

/**
 * 'According to' is a preposition of attribution, never a verb: 'the
 * fighters used, according to residents, the old track' was read as a
 * clause 'fighters accord'.
 */
export function accordingTo(tokens: readonly Token[]): Token[] {
  return tokens.map((token, i) => (token.lower === 'according' && tokens[i + 1]?.lower === 'to' ? { ...token, pos: 'ADP', lemma: 'according' } : token));
}

/** Verbs of motion, after which 'to' names where to: 'fled to desert', 'moved to Baghouz'. */
const motionVerbs = new Set(['flee', 'move', 'go', 'return', 'escape', 'head', 'travel', 'relocate', 'retreat', 'run', 'come', 'withdraw', 'sail', 'fly', 'drive', 'walk', 'cross']);

/**
 * After a verb of motion, 'to' and a bare word that ends the clause is a
 * destination, not an infinitive: 'Baghdadi fled to desert', where the
 * tagger read 'to desert' as the verb 'to desert'. A verb with a phrase
 * after it stays an infinitive ('fled to escape the fighting').
 */
export function destinationAfterMotion(tokens: readonly Token[]): Token[] {
  const repaired = [...tokens];
  for (let i = 2; i < repaired.length; i += 1) {
    const [motion, to, token, next] = [repaired[i - 2], repaired[i - 1], repaired[i], repaired[i + 1]];
    if (token.pos !== 'VERB' || to.lower !== 'to' || !motionVerbs.has(motion.lemma) || (next && next.pos !== 'PUNCT')) continue;
    repaired[i - 1] = { ...to, pos: 'ADP' };
    repaired[i] = { ...token, pos: 'NOUN', lemma: token.lower };
  }
  return repaired;
}

/** The last word of a photo credit: '(AFP/file photo)', '(Reuters/file image)'. */
const creditWords = new Set(['photo', 'photograph', 'image', 'picture', 'pictures', 'photos', 'images', 'file', 'footage', 'video']);

/**
 * A photo credit in brackets that a scraped headline or caption carries
 * ('Baghdadi fled to desert (AFP/file photo)') says nothing: its words are
 * dropped, so 'AFP /file photo' is no claim.
 */
export function dropPhotoCredit(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const close = tokens[i].text === '(' ? tokens.findIndex((t, k) => k > i && t.text === ')') : -1;
    if (close > i + 1 && creditWords.has(tokens[close - 1].lower)) {
      i = close;
      continue;
    }
    kept.push(tokens[i]);
  }
  return kept;
}

/** The repairs, in order, each a pure function of the tagged tokens of one statement: names are whole before a fragment's verb is looked for. */
const repairs = [
  dropPhotoCredit, wordInsideName, perfectParticiple, recoverFragmentVerb, nounAfterTo, nounAfterPossessive, adjectiveAsNoun, attributiveParticiple, hyphenatedParticiple,
  givenAsPreposition, accordingTo, destinationAfterMotion,
];

export const repairTags = (tokens: readonly Token[]): Token[] => repairs.reduce<Token[]>((repaired, repair) => repair(repaired), [...tokens]);
