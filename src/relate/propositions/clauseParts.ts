import type { Chunk } from '../parse/chunkNouns.js';
import type { Token } from '../../analyze/segment/parseText.js';

// What a clause is and how its phrases are found: shared by the clause reader (readClauses.ts) and the headline reader (headlineClauses.ts).

/**
 * One predication read from a tagged sentence: 'an air strike hit the
 * hospital' has head 'hit', subject 'an air strike', object 'the hospital'.
 * A shallow reading from parts of speech (wink-nlp has no dependency
 * parser): the subject is the noun phrase before the verb group in the same
 * clause, the object the one right after it, prepositional phrases follow.
 */
export interface Clause {
  head: Token;
  /** 'verb' ('was killed'), 'copula' ('is dead', 'was in Halvek'), 'nominal' ("Dren's death"). */
  form: 'verb' | 'copula' | 'nominal';
  passive: boolean;
  /** A particle or preposition that belongs to the verb: 'check into', 'took part in'. */
  particle: Token | null;
  subject: Chunk | null;
  object: Chunk | null;
  /** Prepositional phrases after the head, in order: 'in the strike', 'by a rocket', 'near Raqqa'. */
  preps: { word: string; chunk: Chunk }[];
  modals: Token[];
  negation: Token[];
  /** The words from subject (or head) to the last complement: what the claim text is made from. */
  start: number;
  end: number;
}

/** Words that end a clause on the left: 'when an air strike hit', 'which killed', ', killing'. */
const clauseStarts = new Set(['when', 'after', 'before', 'because', 'while', 'although', 'though', 'since', 'as', 'that', 'which', 'who', 'whom', 'where', 'if', 'but', 'and', 'or', 'than', 'whether', 'until', 'once']);
const prepositions = new Set(['in', 'at', 'near', 'by', 'from', 'to', 'into', 'inside', 'outside', 'on', 'during', 'after', 'before', 'across', 'of', 'with', 'around', 'toward', 'towards', 'through', 'under', 'over']);

/** Words that negate a clause: 'not', "n't", 'never', 'no'. */
export const negators: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

export const isBoundary = (t: Token): boolean => t.pos === 'PUNCT' ? t.text !== '-' && t.text !== "'" && t.text !== '’' : clauseStarts.has(t.lower) && t.pos !== 'NOUN';

/** Index of the chunk holding token i, if any. */
export function chunkAt(chunks: Chunk[], i: number): Chunk | null {
  return chunks.find((c) => c.first <= i && i <= c.last) ?? null;
}

/** The prepositional phrases after token `from`, up to the next clause boundary. */
export function prepsAfter(tokens: Token[], chunks: Chunk[], from: number): { preps: Clause['preps']; end: number } {
  const preps: Clause['preps'] = [];
  // The last token of the clause so far: the one before `from` when no phrase follows.
  let end = from - 1;
  for (let i = from; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.pos === 'ADP' && prepositions.has(t.lower)) {
      const chunk = chunkAt(chunks, i + 1);
      if (chunk && chunk.first === i + 1) {
        preps.push({ word: t.lower, chunk });
        end = chunk.last;
        i = chunk.last;
        continue;
      }
    }
    if (isBoundary(t) || t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return { preps, end };
}

/** The first token from i on that is not an adverb, particle or auxiliary: 'not' and 'been' in 'was not been' are passed over. */
export function nextContent(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || tokens[k].pos === 'AUX')) k += 1;
  return k;
}
