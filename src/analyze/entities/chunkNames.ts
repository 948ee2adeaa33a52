import type { NameWord } from './nameWords.js';
import { nonNameWords } from './data/nonNameWords.js';
import { connectorHeads } from './data/organizationCues.js';

/** A maximal run of name words in one sentence, with the words around it for context cues. */
export interface NameRun {
  words: NameWord[];
  /** The word before the run: 'analyst' in 'analyst Hisham al-Hashimi', 'in' in 'in Raqqa'. */
  before: NameWord | undefined;
  /** The word before that: 'city' in 'the city of Homs'. */
  beforeBefore: NameWord | undefined;
  after: NameWord | undefined;
  /** 'of' or 'for' joined two parts after an organisation head: 'Ministry of Defence'. */
  joinedAfterHead: boolean;
}

/** What the chunker needs to know about the whole article. */
export interface ChunkContext {
  /** A title-case headline, where every word is capitalised and capitals prove nothing. */
  isTitleCase: boolean;
  /** Word keys seen capitalised mid-sentence in running text: evidence for the same word in a headline. */
  provenNames: ReadonlySet<string>;
  /** Tokens the article also writes in lowercase: 'Help' at a sentence start is the verb 'help'. */
  lowercaseWords: ReadonlySet<string>;
  /** Words in a lexicon (gazetteer, known names, titles, demonyms): always names. */
  isLexiconWord(word: NameWord): boolean;
}

/** Lowercase particles inside a person's name: 'Osama bin Laden', 'Ibrahim ibn Ali', 'Vincent van Gogh'. */
const nameParticles = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'du', 'di', 'van', 'von', 'der', 'le', 'la', 'dos', 'das', 'del']);

export function isNameWord(word: NameWord, context: ChunkContext): boolean {
  if (word.isPunctuation || !word.isCapitalised || word.hasDigit) return false;
  // 'US' and 'IS' are not the pronoun 'us' and the verb 'is'.
  const isAcronym = word.text.length > 1 && word.text === word.text.toUpperCase();
  if (!isAcronym && nonNameWords.has(word.key)) return false;
  if (context.isLexiconWord(word)) return true;
  if (context.isTitleCase) return context.provenNames.has(word.key);
  // 'Supposedly Al-Baghdadi’s injuries', 'Help us grow': a capital only because the sentence starts.
  if (word.isSentenceInitial) return !/ly$/.test(word.key) && !context.lowercaseWords.has(word.key);
  return true;
}

function joinerLength(words: NameWord[], at: number, run: NameWord[], context: ChunkContext): number {
  const word = words[at];
  const last = run[run.length - 1];
  if (last.endsName || word.isCapitalised) return 0;
  const next = words[at + 1];
  const afterNext = words[at + 2];
  if (word.text === '&' && next && isNameWord(next, context)) return 1;
  if (nameParticles.has(word.text) && next && isNameWord(next, context)) return 1;
  if ((word.text === 'of' || word.text === 'for') && connectorHeads.has(last.key)) {
    if (next && isNameWord(next, context)) return 1;
    // 'Ministry of the Interior'
    if (next?.text === 'the' && afterNext && isNameWord(afterNext, context)) return 2;
  }
  return 0;
}

/** Splits one sentence's words into maximal name runs. */
export function chunkNames(words: NameWord[], context: ChunkContext): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i], context)) {
      i++;
      continue;
    }
    const run: NameWord[] = [words[i]];
    let joinedAfterHead = false;
    let j = i + 1;
    while (j < words.length && !run[run.length - 1].endsName) {
      if (isNameWord(words[j], context)) {
        run.push(words[j]);
        j++;
        continue;
      }
      const joiner = joinerLength(words, j, run, context);
      if (joiner === 0) break;
      if (words[j].text === 'of' || words[j].text === 'for') joinedAfterHead = true;
      run.push(...words.slice(j, j + joiner + 1));
      j += joiner + 1;
    }
    runs.push({ words: run, before: words[i - 1], beforeBefore: words[i - 2], after: words[j], joinedAfterHead });
    i = j;
  }
  return runs;
}
