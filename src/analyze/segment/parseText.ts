import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { countStartingBefore } from '../../model/startsBefore.js';

/** One word of a parsed sentence, with its place in the article text. */
export interface Token {
  text: string;
  /** Lower case, for word lists. */
  lower: string;
  lemma: string;
  /** Universal part of speech from wink-nlp's tagger: NOUN, PROPN, VERB, AUX, ADJ, ADP, NUM, PRON, DET, PART, ... */
  pos: string;
  start: number;
  end: number;
}

let nlp: WinkMethods | null = null;

/** The tagger is loaded once per process (about 100 ms), on first use, so commands that analyse nothing never pay for it. */
function tagger(): WinkMethods {
  // Only the tagger: no entities, sentiment or negation, which the story does not read from wink (half the cost of a readDoc).
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Words of four letters or more, for telling a headline in Title Case from a sentence. */
const longWord = /\p{L}{4,}/gu;

/**
 * Whether a line is written in Title Case ('Apple Watch Developers Told to
 * Limit Features to Save Battery Life'): the tagger reads every capitalised
 * word as a name there, so such a line is tagged in lower case after its
 * first word. Names the article's entity stage found keep their case.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(longWord) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

function lowerExceptNames(text: string, names: readonly { start: number; end: number }[]): string {
  const chars = [...text];
  if (chars.length !== text.length) return text;
  const inName = (i: number): boolean => names.some((n) => n.start <= i && i < n.end);
  let firstWordSeen = false;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const lower = c.toLowerCase();
    const wordStart = /\p{L}/u.test(c) && (i === 0 || !/[\p{L}'’-]/u.test(text[i - 1]));
    if (wordStart && !firstWordSeen) {
      firstWordSeen = true;
      out += c;
      continue;
    }
    out += lower.length === 1 && !inName(i) ? lower : c;
  }
  return out;
}

/** Each article's text tagged once, so its many sentences are not tagged one call at a time (a call costs about as much as a short sentence). */
// One article at a time: readMembers reads one article's sentences together. Compared by identity first, so a hit costs nothing.
let lastText: string | null = null;
let lastTokens: Token[] = [];

function tagWhole(articleText: string): Token[] {
  if (lastText !== articleText) {
    lastTokens = tag(articleText, 0, articleText.length, []);
    lastText = articleText;
  }
  return lastTokens;
}

/** The tokens of [start, end) among an ordered token list, by binary search. */
function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
  const low = countStartingBefore(tokens, start);
  let last = low;
  while (last < tokens.length && tokens[last].end <= end) last += 1;
  return tokens.slice(low, last);
}

/**
 * Tags a span of an article's text (a sentence or a headline) with wink-nlp:
 * parts of speech and lemmas, each token placed back into the article text
 * by its offsets. The article is tagged whole, once, and the span's tokens
 * taken from it; a span in Title Case is tagged on its own, re-cased, with
 * `names` (entity spans, article offsets) kept capitalised.
 */
export function parseText(articleText: string, start: number, end: number, names: readonly { start: number; end: number }[] = []): Token[] {
  if (isTitleCase(articleText.slice(start, end))) return tag(articleText, start, end, names);
  return tokensWithin(tagWhole(articleText), start, end);
}

/**
 * A word inside a name the entity stage found is part of that name, whatever the tagger made of the re-cased
 * headline: 'ISIS Beheads *James* Wright Foley'. Only there: in prose the tagger reads names in their case, and
 * an entity span that runs on into a verb ('Apple plans') would take the verb.
 */
const inName = (token: Token, names: readonly { start: number; end: number }[]): boolean =>
  /^\p{L}/u.test(token.text) && names.some((n) => n.start <= token.start && token.end <= n.end);
const asName = (token: Token): Token => ({ ...token, pos: 'PROPN', lemma: token.lower });

function tag(articleText: string, start: number, end: number, names: readonly { start: number; end: number }[]): Token[] {
  const original = articleText.slice(start, end);
  const text = isTitleCase(original) ? lowerExceptNames(original, names.map((n) => ({ start: n.start - start, end: n.end - start }))) : original;
  const its = tagger().its;
  const doc = tagger().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The typings do not list the lemma among token properties, though the model provides it.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    const found = text.indexOf(value, at);
    // Contractions come back expanded ("n't" may read as 'not'): keep the token at the cursor with no width of its own.
    // Further only across white space ('said    that'), so one odd token does not leave the rest of the text without width.
    const near = found >= 0 && (found - at <= 8 || /^\s*$/u.test(text.slice(at, found)));
    const here = near ? found : at;
    const width = near ? value.length : 0;
    const token = { text: original.slice(here, here + width) || value, lower: value.toLowerCase(), lemma: lemmas[i].toLowerCase(), pos: pos[i], start: start + here, end: start + here + width };
    tokens.push(inName(token, names) ? asName(token) : token);
    at = here + width;
  }
  return tokens;
}
