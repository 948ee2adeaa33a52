import type { Sentence, Token } from '../types.js';

/**
 * A token as the name chunker sees it: dotted abbreviations joined ('U.S.',
 * 'Maj.', 'W.'), possessives cut off ('Baghdadi’s' -> 'Baghdadi') and
 * hyphenated modifiers cut to their name ('US-led' -> 'US', 'IS-held' -> 'IS').
 */
export interface NameWord {
  start: number;
  end: number;
  text: string;
  /** Lowercase without periods, for looking up word lists: 'Maj.' -> 'maj', 'U.S.' -> 'us'. */
  key: string;
  /** Punctuation breaks every name; '&' is the one exception ('Johnson & Johnson'). */
  isPunctuation: boolean;
  /** Capitalised, or an Arabic article before a capital: 'al-Baghdadi', 'el-Shahed'. */
  isCapitalised: boolean;
  hasDigit: boolean;
  /** First word of a sentence or after an opening quote, bullet or colon, where capitals say nothing. */
  isSentenceInitial: boolean;
  /** A possessive or a hyphenated modifier: the name ends here ('Lavrov's note', 'US-backed forces'). */
  endsName: boolean;
}

/** 'al-Baghdadi', 'el-Shahed', 'bin-Laden': lowercase Arabic particles glued to a name. */
const particlePrefix = /^(?:al|el|ad|ar|as|at|an|ash|az|ud|bin|ibn|abu)-(?=\p{L})/iu;

/** Abbreviations that keep their period inside a name: 'Maj. Gen. Ali Alami', 'Apple Inc.', 'Nov. 3'. */
const dottedAbbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'amb', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
]);

/** Openers after which a capital letter is expected anyway: '“The game is up”', '• White phosphorus:'. */
const sentenceOpeners = new Set(['“', '"', '‘', "'", '•', ':', '–', '—', '-', '(', '[', '*', '·']);

const possessive = /['’]s$/u;

function isLetter(text: string): boolean {
  return /^\p{L}$/u.test(text);
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Joins 'U' '.' 'S' '.' into 'U.S.'; returns the index after the last joined token, or -1. */
function initialismEnd(tokens: Token[], i: number): number {
  let j = i;
  while (isLetter(tokens[j]?.text ?? '') && /^\p{Lu}$/u.test(tokens[j].text) && tokens[j + 1]?.text === '.' && adjacent(tokens[j], tokens[j + 1])) {
    j += 2;
    if (!adjacent(tokens[j - 1], tokens[j])) break;
  }
  return j - i >= 4 ? j : -1;
}

function makeWord(text: string, start: number, end: number, isSentenceInitial: boolean, endsName: boolean): NameWord {
  const isPunctuation = !/[\p{L}\p{N}]/u.test(text);
  return {
    start,
    end,
    text,
    key: text.toLowerCase().replace(/\./g, ''),
    isPunctuation,
    isCapitalised: /^\p{Lu}/u.test(text) || particlePrefix.test(text) && /-\p{Lu}/u.test(text),
    hasDigit: /\p{N}/u.test(text),
    isSentenceInitial,
    endsName,
  };
}

/** The name words of one sentence, from the document's tokens that fall inside it. */
export function nameWordsIn(sentence: Sentence, tokens: Token[], first: number): NameWord[] {
  const words: NameWord[] = [];
  let initial = true;
  let i = first;
  while (i < tokens.length && tokens[i].start < sentence.end) {
    const token = tokens[i];
    const dotted = initialismEnd(tokens, i);
    if (dotted > 0) {
      const last = tokens[dotted - 1];
      // 'U.S.-backed': the hyphenated modifier belongs to the adjective, not the name.
      const modifier = tokens[dotted]?.text === '-' && adjacent(last, tokens[dotted]) && /^\p{Ll}/u.test(tokens[dotted + 1]?.text ?? '');
      words.push(makeWord(joinedText(tokens, i, dotted), token.start, last.end, initial, modifier));
      i = modifier ? dotted + 2 : dotted;
      initial = false;
      continue;
    }
    const next = tokens[i + 1];
    const key = token.text.toLowerCase();
    if (next?.text === '.' && adjacent(token, next) && (dottedAbbreviations.has(key) || /^\p{Lu}$/u.test(token.text))) {
      words.push(makeWord(token.text + '.', token.start, next.end, initial, false));
      i += 2;
      initial = false;
      continue;
    }
    words.push(possessiveInsideName(token, tokens[i + 1]) ? makeWord(token.text, token.start, token.end, initial, false) : wordOf(token, initial));
    initial = sentenceOpeners.has(token.text);
    i++;
  }
  return words;
}

function joinedText(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((token) => token.text).join('');
}

/** Institutions whose names hold a possessive: "Tolbek Children's Hospital", "St Mary's School", "King's College". */
const possessiveNameHeads = /^(?:Hospital|Clinic|Infirmary|School|College|Academy|Church|Cathedral|Chapel|Abbey)$/u;

/** Whether a capitalised possessive is inside a name rather than ending one: "Children's" before 'Hospital', not "Lavrov's" before 'note'. */
function possessiveInsideName(token: Token, next: Token | undefined): boolean {
  return possessive.test(token.text) && /^\p{Lu}/u.test(token.text) && next !== undefined && possessiveNameHeads.test(next.text);
}

function wordOf(token: Token, initial: boolean): NameWord {
  const { text, start } = token;
  if (possessive.test(text) && text.length > 2) {
    return makeWord(text.slice(0, -2), start, token.end - 2, initial, true);
  }
  const hyphen = text.indexOf('-');
  if (hyphen > 0 && !particlePrefix.test(text)) {
    const lastPart = text.slice(text.lastIndexOf('-') + 1);
    // 'IS-held', 'Kurdish-led': a name turned into a modifier; 'Abu-Bakr' stays whole.
    if (/^\p{Lu}/u.test(text) && /^\p{Ll}+$/u.test(lastPart)) {
      return makeWord(text.slice(0, hyphen), start, start + hyphen, initial, true);
    }
  }
  return makeWord(text, start, token.end, initial, false);
}
