import type { Token } from '../../analyze/segment/parseText.js';

/** A noun phrase: 'the Al-Rahma hospital', 'at least 212 people', 'his deputy Emil Vantosh'. */
export interface Chunk {
  tokens: Token[];
  /** Index of its first token in the sentence. */
  first: number;
  /** Index of its last token in the sentence. */
  last: number;
  /** The word the phrase is about: its last noun, name, pronoun or number ('hospital', 'people', 'he'). */
  head: Token;
  start: number;
  end: number;
}

const inside = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PRON']);
const heads = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const possessives = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words the tagger marks as determiners or adjectives that begin no noun phrase of their own when alone. */
const notPhrase = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'there', 'here']);

/** Whether a token continues the phrase before it: a hyphen inside a name ('Al-Rahma'), a possessive ("Dren's deputy"). */
function joins(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text === '-' && i > 0 && tokens[i - 1].end === t.start && tokens[i + 1]?.start === t.end) return true;
  return t.pos === 'PART' && /^['’]s?$/u.test(t.text);
}

/**
 * The noun phrases of a tagged sentence, left to right, none overlapping.
 * A determiner after a noun starts a new phrase ('told the ministry the
 * toll'); a pronoun stands alone ('he', 'it'); a relative or demonstrative
 * pronoun is no phrase ('which killed', 'that night' keeps 'night').
 */
export function chunkNouns(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!inside.has(t.pos) || (notPhrase.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN')) {
      i += 1;
      continue;
    }
    let j = i;
    // A possessive pronoun begins its phrase ('his deputy'); any other pronoun stands alone ('he').
    if (t.pos !== 'PRON' || possessives.has(t.lower)) {
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1];
        const seenHead = tokens.slice(i, j + 1).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
        if (joins(tokens, j + 1)) j += 1;
        else if (inside.has(next.pos) && next.pos !== 'PRON' && !(next.pos === 'DET' && seenHead) && !notPhrase.has(next.lower)) j += 1;
        else break;
      }
    }
    const span = tokens.slice(i, j + 1);
    // 'the militia chief is hiding': a word tagged as an adjective after a noun, closing a phrase before a verb, is the noun it stands for.
    const next = tokens[j + 1];
    const adjectiveHead = span.length > 1 && span[span.length - 1].pos === 'ADJ' && span[span.length - 2].pos === 'NOUN' && (next?.pos === 'AUX' || next?.pos === 'VERB');
    const head = adjectiveHead ? span[span.length - 1] : [...span].reverse().find((x) => heads.has(x.pos));
    if (head) chunks.push({ tokens: span, first: i, last: j, head, start: span[0].start, end: span[span.length - 1].end });
    i = j + 1;
  }
  return chunks;
}

/** The words of a phrase without its leading determiners and possessive pronouns: 'the hospital' -> 'hospital'. */
export function chunkWords(chunk: Chunk, text: string): string {
  const from = chunk.tokens.findIndex((t) => t.pos !== 'DET' && !/^(?:his|her|its|their|our|my|your)$/u.test(t.lower));
  if (from < 0) return text.slice(chunk.start, chunk.end);
  return text.slice(chunk.tokens[from].start, chunk.end);
}
