import { sentencesIn } from '../analyze/segment/splitSentences.js';
import { tokensOf } from '../analyze/segment/tokenize.js';
import { cueFamilyNames, cuePatterns, explainingFamilies } from './stanceCueFamilies.js';
import { functionWords, stemWord } from './stemWord.js';

/** One sentence, reduced to what the stance features read. */
export interface PreparedSentence {
  /** The stem of every word token, in order, function words included, so distances between words hold. */
  stems: string[];
  /** Stems of the words that carry the topic: 'killed' -> 'kill', not 'the'. */
  content: Set<string>;
  /** Token positions of negations: 'did not' -> the position of 'not'. */
  negationAt: number[];
  /** Token positions of hedging words: 'feared killed', 'said abducted', 'could start at' -> the position of the hedge. */
  hedgeAt: number[];
  /**
   * Stems of a short part (at most 4 words) that a colon or dash cuts off the sentence's start or end,
   * where headlines hang their source: 'Analyst: Apple Watch Edition to cost $950' -> ['analyst'];
   * 'Amazon to open first store in Manhattan: DJ' -> ['dj']. Empty when there is none.
   */
  leadPart: string[];
  tailPart: string[];
  /** How many cues of each family (cueFamilyNames order) the sentence holds. */
  cues: number[];
  /** The refuting, doubting, negating and hedging words as they stand in the text: ['hoax', 'not']. */
  cueWords: string[];
  /** A refuting word outside every doubt phrase: 'a hoax', but not the 'no evidence' of 'had no evidence to corroborate'. */
  refutesBeyondDoubt: boolean;
}

/** A text (article body, headline or sentence) reduced once, so it can be judged against many claims. */
export interface PreparedText {
  sentences: PreparedSentence[];
  /** How often each content stem occurs: the term frequencies of the cosine. */
  stemCounts: Map<string, number>;
  /** Euclidean norm of the log term frequencies, 1 + ln(count). */
  tfNorm: number;
  /** Adjacent content stems, 'kill|baghdadi', so 'killed Baghdadi' meets 'Baghdadi was killed' less than 'killed al-Baghdadi'. */
  bigrams: Set<string>;
  /** Numbers as written without separators: '25,000' -> '25000'. */
  numbers: Set<string>;
  /** Stems of capitalised words inside sentences (not the first word): names of people, places, bodies. */
  names: Set<string>;
  tokenCount: number;
  /** Cue counts over the whole text, per family. */
  cues: number[];
}

/** A claim, reduced once; the same as a text plus its distinct content stems and bigrams in order. */
export interface PreparedClaim extends PreparedText {
  contentStems: string[];
  /** Content stems the claim writes in lower case, mostly what happened rather than who: 'killed', 'sell' in 'Apple will sell 19 million Apple Watches'. */
  lowercaseStems: string[];
  bigramList: string[];
  numberList: string[];
}

const wordToken = /[\p{L}\p{N}]/u;
const numberToken = /^\p{N}+(?:[.,:]\p{N}+)*$/u;
const negationWord = /^(?:not|no|never|none|nothing|neither|nor|without|cannot|\p{L}+n['’]t)$/iu;
/**
 * Words that, just before what happened, hold it back: 'fighter feared killed', 'soldier said abducted',
 * 'militants claim to behead', 'photo appears to show', 'Watch could start at $349', 'reportedly beheaded'.
 */
const hedgeWord =
  /^(?:may|might|could|would|reportedly|allegedly|purportedly|supposedly|apparently|seemingly|possibly|probably|likely|feared|suspected|said|claims?|claimed|claiming|appears?|appeared|seems?|seemed|believed|thought|rumou?red|possible|potential|alleged|purported|unconfirmed)$/iu;

/** Paragraphs are lines: a body's line breaks end a sentence even without a period. */
function sentenceTexts(text: string): string[] {
  return text.split('\n').flatMap((line) => sentencesIn(line, 0, line.length, 0).map((s) => line.slice(s.start, s.end)));
}

const partBreak = /:\s+|\s+[-–—|]{1,2}\s*/u;
const shortPart = 4;

function partStems(part: string | undefined): string[] {
  const stems = tokensOf(part ?? '').filter((t) => wordToken.test(t.text)).map((t) => stemWord(t.text));
  return stems.length <= shortPart ? stems : [];
}

function prepareSentence(sentence: string, text: PreparedText): PreparedSentence {
  const stems: string[] = [];
  const content = new Set<string>();
  const negationAt: number[] = [];
  const hedgeAt: number[] = [];
  let previous = '';
  for (const token of tokensOf(sentence)) {
    if (!wordToken.test(token.text)) continue;
    const index = stems.length;
    const stem = stemWord(token.text);
    stems.push(stem);
    if (negationWord.test(token.text)) negationAt.push(index);
    if (hedgeWord.test(token.text)) hedgeAt.push(index);
    if (numberToken.test(token.text)) text.numbers.add(token.text.replace(/,/gu, ''));
    if (functionWords.has(stem) || negationWord.test(token.text)) {
      previous = '';
      continue;
    }
    content.add(stem);
    text.stemCounts.set(stem, (text.stemCounts.get(stem) ?? 0) + 1);
    if (index > 0 && /^\p{Lu}/u.test(token.text)) text.names.add(stem);
    if (previous) text.bigrams.add(`${previous}|${stem}`);
    previous = stem;
  }
  text.tokenCount += stems.length;
  const cues: number[] = [];
  const cueWords: string[] = [];
  const found = new Map<string, string[]>();
  for (const family of cueFamilyNames) {
    const matches = sentence.match(cuePatterns[family]) ?? [];
    cues.push(matches.length);
    found.set(family, matches);
    if (explainingFamilies.includes(family)) cueWords.push(...matches);
  }
  const doubts = found.get('doubt')!.map((d) => d.toLowerCase());
  const refutesBeyondDoubt = found.get('refute')!.some((r) => !doubts.some((d) => d.includes(r.toLowerCase())));
  const parts = sentence.split(partBreak);
  const leadPart = parts.length > 1 ? partStems(parts[0]) : [];
  const tailPart = parts.length > 1 ? partStems(parts[parts.length - 1]) : [];
  return { stems, content, negationAt, hedgeAt, leadPart, tailPart, cues, cueWords, refutesBeyondDoubt };
}

export function prepareText(text: string): PreparedText {
  const prepared: PreparedText = {
    sentences: [],
    stemCounts: new Map(),
    tfNorm: 0,
    bigrams: new Set(),
    numbers: new Set(),
    names: new Set(),
    tokenCount: 0,
    cues: cueFamilyNames.map(() => 0),
  };
  for (const sentence of sentenceTexts(text)) {
    const one = prepareSentence(sentence, prepared);
    if (!one.stems.length) continue;
    prepared.sentences.push(one);
    one.cues.forEach((count, i) => (prepared.cues[i] += count));
  }
  let squares = 0;
  for (const count of prepared.stemCounts.values()) squares += (1 + Math.log(count)) ** 2;
  prepared.tfNorm = Math.sqrt(squares);
  return prepared;
}

export function prepareClaim(claim: string): PreparedClaim {
  const text = prepareText(claim);
  const lowercase = new Set((claim.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(stemWord));
  const lowercaseStems = [...text.stemCounts.keys()].filter((stem) => lowercase.has(stem));
  return { ...text, contentStems: [...text.stemCounts.keys()], lowercaseStems, bigramList: [...text.bigrams], numberList: [...text.numbers] };
}
