import type { Chunk } from '../parse/chunkNouns.js';
import type { Token } from '../../analyze/segment/parseText.js';
import { chunkAt, negators, prepsAfter, type Clause } from './clauseParts.js';
import { reportingLemmas } from './predicateClasses.js';

/**
 * What a headline says without the words it drops: the phrase it opens
 * with, a plan ('Apple to open stores') and a copula ('Baghdadi not dead').
 * readClauses reads these in headlines only.
 */

/** No verb but the one that names the source: 'Baghdadi dead, says Iraqi TV'. */
export function isVerbless(tokens: Token[]): boolean {
  return tokens.every((t, i) => (t.pos !== 'VERB' && t.pos !== 'AUX') || (reportingLemmas.has(t.lemma) && tokens[i - 1]?.text === ','));
}

/** The noun phrase that ends just before token i and opens its sentence or the part after a colon: 'Seth Rogen' in 'Seth Rogen to play', 'Apple' in 'Report: Apple to ...'. */
export function openingPhraseBefore(tokens: Token[], chunks: Chunk[], i: number): Chunk | null {
  const chunk = chunkAt(chunks, i - 1);
  if (!chunk || chunk.last !== i - 1) return null;
  if (chunk.first === 0 || /^[:–—-]$/u.test(tokens[chunk.first - 1].text)) return chunk;
  // 'Apple *in talks* to acquire Path', 'Apple in late stages to acquire Path': the state the plan is in stands between.
  const state = tokens[chunk.first - 1];
  return stateOfPlan.has(state.lower) && chunk.first >= 2 ? openingPhraseBefore(tokens, chunks, chunk.first - 1) : null;
}

/** Prepositions of a plan's state between a headline's opening phrase and its 'to': 'in talks', 'on track', 'close to a deal'. */
const stateOfPlan = new Set(['in', 'on', 'near', 'close']);

/** Adverbs that hedge a dropped 'is': 'probably a hoax', 'likely dead', 'apparently alive'. */
const hedgingAdverbs = new Set(['probably', 'likely', 'apparently', 'possibly', 'reportedly', 'allegedly', 'perhaps', 'maybe', 'presumably', 'seemingly']);

/** A phrase without the adjective the chunker took into it after its noun: 'Baghdadi dead', 'Vasko Dren alive'. */
function withoutClosingAdjective(phrase: Chunk): Chunk {
  const [named, last] = phrase.tokens.slice(-2);
  if (phrase.tokens.length < 2 || last.pos !== 'ADJ' || (named.pos !== 'NOUN' && named.pos !== 'PROPN')) return phrase;
  return { tokens: phrase.tokens.slice(0, -1), first: phrase.first, last: phrase.last - 1, head: named, start: phrase.start, end: named.end };
}

/**
 * 'Islamic State leader al-Baghdadi not dead', 'Third breast a hoax': a
 * headline that drops its 'is', read as the copula it stands for, from the
 * phrase it opens with. Only in a headline with no verb at all: in prose a
 * noun phrase and an adjective side by side are one phrase ('a dead man').
 */
export function elidedCopulas(tokens: Token[], chunks: Chunk[]): Clause[] {
  let subject = chunks.find((c) => c.first === 0 || /^[:–—-]$/u.test(tokens[c.first - 1]?.text ?? ''));
  if (!subject) return [];
  // 'Baghdadi dead, says Iraqi TV': the chunker takes the adjective into the phrase.
  subject = withoutClosingAdjective(subject);
  let j = subject.last + 1;
  const negation: Token[] = [];
  const modals: Token[] = [];
  // 'Three-Boobed Girl *probably* a hoax', 'Dren *likely* dead': a hedging adverb where the 'is' was.
  while (tokens[j] && (negators.has(tokens[j].lower) || hedgingAdverbs.has(tokens[j].lower))) (negators.has(tokens[j].lower) ? negation : modals).push(tokens[j++]);
  const after = tokens[j];
  const predicate = after ? chunkAt(chunks, j) : null;
  // 'not dead'; 'a fake', 'a hoax' (a phrase the chunker may leave headless when the tagger reads 'fake' as an adjective).
  const head = after?.pos === 'ADJ' ? after : after?.pos === 'DET' ? (predicate?.first === j ? predicate.head : tokens[j + 1]?.pos === 'ADJ' ? tokens[j + 1] : null) : null;
  if (!head) return [];
  const { preps, end } = prepsAfter(tokens, chunks, (predicate && predicate.first === j ? predicate.last : j) + 1);
  return [{ head, form: 'copula', passive: false, particle: null, subject, object: null, preps, modals, negation, start: subject.start, end: tokens[Math.min(Math.max(end, j), tokens.length - 1)].end }];
}

/**
 * 'Is Vasko Dren alive?', 'Is Jasmine Tridevil's Third Boob Real?': a
 * question that opens with 'is' puts its subject after the verb; read as the
 * copula it asks about (judgeStance reads what a question says as reported).
 */
export function invertedCopula(tokens: Token[], chunks: Chunk[]): Clause[] {
  const be = tokens[0];
  if (!be || be.pos !== 'AUX' || be.lemma !== 'be' || tokens.at(-1)?.text !== '?') return [];
  const found = chunkAt(chunks, 1);
  if (!found || found.first !== 1) return [];
  const subject = withoutClosingAdjective(found);
  let j = subject.last + 1;
  const negation: Token[] = [];
  const modals: Token[] = [];
  while (tokens[j] && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) (negators.has(tokens[j].lower) ? negation : modals).push(tokens[j++]);
  const after = tokens[j];
  const predicate = after ? chunkAt(chunks, j) : null;
  const head = after?.pos === 'ADJ' ? after : predicate?.first === j ? predicate.head : null;
  if (!head) return [];
  return [{ head, form: 'copula', passive: false, particle: null, subject, object: null, preps: [], modals, negation, start: be.start, end: tokens.at(-1)!.end }];
}
