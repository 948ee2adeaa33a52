import type { Token } from '../../analyze/segment/parseText.js';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** 'May' and 'March' are months only when capitalised: 'may' is a modal, 'march' a walk. */
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const deictic = ['today', 'yesterday', 'tomorrow', 'tonight'];
/** Nouns that name a stretch of time: "last week's raid", 'the weekend'. */
const periods = ['week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'decade', 'century', 'hour'];

const always = new Set([...weekdays, ...deictic, ...periods, ...periods.map((p) => `${p}s`)]);
const capitalised = new Set(months);

/**
 * Whether a word names a time, not someone or something an event happens
 * to: "Saturday's killing", "today's announcement", "last week's raid",
 * 'in May'. The time stage reads these; a proposition never takes one as
 * its subject ('Saturday was killed').
 */
export function isTimeWord(token: Pick<Token, 'text' | 'lower'>): boolean {
  return always.has(token.lower) || (capitalised.has(token.lower) && /^\p{Lu}/u.test(token.text));
}
