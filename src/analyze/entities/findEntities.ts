/**
 * People, organisations and places, found by rules rather than by compromise.
 *
 * Why (scripts/eval/entities.ts, MEANTIME English, 60 articles, proper-name
 * mentions): the rules score F1 0.60 exact / 0.67 overlap over the three
 * types against compromise's 0.45 / 0.52, mostly from organisation recall
 * (0.71 vs 0.27). On the seed articles compromise's people()/organizations()/
 * places() took 50-280 ms per article, far past the ~30 ms per 5 KB the whole
 * pipeline may spend; these rules take a few ms. Its lexicon also does not
 * know the names this project lives on: 'Jumah Hamdi Hamdan', 'Keshma' and
 * 'Baghouz' come back as nothing when given to it alone, so running it only
 * on our capitalised candidates would not add the evidence we lack.
 *
 * How, chrono-style: a parser finds capitalised runs (chunkNames) and types
 * each from lexicons and cues beside it (typeNameRun); a refiner then types
 * the rest from the other mentions in the article (typeFromOtherMentions).
 * Canonical names are left to the next stage, resolveCanonicalNames.
 */
import type { AnalyzedDocument, Entity, Sentence, Stage, Token } from '../types.js';
import { chunkNames, type ChunkContext } from './chunkNames.js';
import { nameWordsIn, type NameWord } from './nameWords.js';
import { typeFromOtherMentions } from './typeFromOtherMentions.js';
import { typeNameRun, type NameCandidate } from './typeNameRun.js';
import { firstNames } from './data/firstNames.js';
import { nonNameWords } from './data/nonNameWords.js';
import { knownOrganizations } from './data/organizationCues.js';
import { personTitles } from './data/personTitles.js';
import { demonyms, knownPlaces } from './data/placeGazetteer.js';

const lexiconWords = new Set<string>();
for (const name of [...knownPlaces, ...knownOrganizations]) for (const word of name.split(' ')) lexiconWords.add(word);
for (const word of demonyms) lexiconWords.add(word);
const titleWords = new Set(personTitles.filter((title) => !title.includes(' ')));

function isLexiconWord(word: NameWord): boolean {
  return lexiconWords.has(word.text) || titleWords.has(word.key) || firstNames.has(word.key);
}

/**
 * 'Russian Military Says It May Have Killed ISIS Leader al-Baghdadi': no
 * longer word in lowercase but short function words ('with', 'from').
 * Counting capitals instead would take a sentence full of names ('identified
 * as Ibrahim Awwad Ibrahim Ali al-Badri') for a headline.
 */
function isTitleCase(words: NameWord[]): boolean {
  const long = words.filter((word) => !word.isPunctuation && word.text.length >= 4 && !word.hasDigit);
  return long.length >= 3 && long.every((word) => word.isCapitalised || nonNameWords.has(word.key));
}

/** 'ISIS LEADER IS DEAD': in shouting every word looks like an acronym, so such a sentence yields nothing. */
function isShouting(text: string): boolean {
  // Any lowercase word settles it cheaply; the letter count below is only for the rare rest.
  if (/[a-z]{3}/.test(text)) return false;
  let letters = 0;
  let upper = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower === char.toUpperCase()) continue;
    letters++;
    if (char !== lower) upper++;
  }
  return letters > 20 && upper > 0.8 * letters;
}

interface SentenceWords {
  words: NameWord[];
  titleCase: boolean;
}

function wordsBySentence(sentences: Sentence[], tokens: Token[]): SentenceWords[] {
  const result: SentenceWords[] = [];
  let first = 0;
  for (const sentence of sentences) {
    while (first < tokens.length && tokens[first].end <= sentence.start) first++;
    const words = nameWordsIn(sentence, tokens, first);
    result.push({ words, titleCase: isTitleCase(words) });
  }
  return result;
}

export function entityCandidates(doc: AnalyzedDocument): NameCandidate[] {
  const lowercaseWords = new Set(doc.tokens.filter((token) => /^\p{Ll}+$/u.test(token.text)).map((token) => token.text));
  const sentences = wordsBySentence(doc.sentences, doc.tokens);
  const provenNames = new Set<string>();
  for (const { words, titleCase } of sentences) {
    if (titleCase) continue;
    for (const word of words) if (word.isCapitalised && !word.isSentenceInitial) provenNames.add(word.key);
  }
  const candidates: NameCandidate[] = [];
  sentences.forEach(({ words, titleCase }, index) => {
    const sentence = doc.sentences[index];
    if (isShouting(doc.text.slice(sentence.start, sentence.end))) return;
    const context: ChunkContext = { isTitleCase: titleCase, provenNames, lowercaseWords, isLexiconWord };
    for (const run of chunkNames(words, context)) {
      candidates.push(...typeNameRun(run, { text: doc.text, isTitleCase: titleCase, lowercaseWords }));
    }
  });
  return typeFromOtherMentions(candidates, doc.text);
}

export const findEntities: Stage = {
  name: 'findEntities',
  run(doc: AnalyzedDocument) {
    const entities: Entity[] = entityCandidates(doc).flatMap((candidate) => {
      if (candidate.type === null) return [];
      const text = doc.text.slice(candidate.start, candidate.end);
      return [{ text, start: candidate.start, end: candidate.end, type: candidate.type, canonical: text, rule: candidate.rule }];
    });
    return { entities };
  },
};
