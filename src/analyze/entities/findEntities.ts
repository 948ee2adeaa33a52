/**
 * People, organisations and places, found by rules rather than by compromise.
 *
 * Why: measured on MEANTIME and the seed articles (scripts/eval/entities.ts),
 * compromise's people()/organizations()/places() took 60-350 ms per article
 * (the pipeline's budget is ~30 ms per 5 KB for every stage together) and
 * still missed the names this project lives on ('Jumah Hamdi Hamdan',
 * 'Keshma', 'Baghouz' are unknown to its lexicon, 'Russian Defense Ministry'
 * is not an organisation to it). Calling it only on capitalised candidates
 * did not help: without the sentence around them its tagger has no more
 * evidence than our own cue lists. The rules here run in about a millisecond.
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
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/[^\p{Lu}]/gu, '').length > 0.8 * letters.length;
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
