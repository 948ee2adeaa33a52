import type { Quantity } from '../../model/story.js';
import type { Token } from '../../analyze/segment/parseText.js';

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24, hundreds: 200,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1e3, thousands: 2e3, million: 1e6, millions: 2e6, billion: 1e9, m: 1e6, bn: 1e9 };

function valueOf(token: Token): number | null {
  const digits = token.text.replace(/,/gu, '');
  if (/^\d+(?:\.\d+)?$/u.test(digits)) return Number(digits);
  // 'twenty-five': tens and units in one word.
  const [tens, units] = token.lower.split('-');
  if (units !== undefined) return numberWords[tens] >= 20 && numberWords[units] < 10 ? numberWords[tens] + numberWords[units] : null;
  return numberWords[token.lower] ?? null;
}

/** A range written as one token: '80-100', '80–100'. */
function rangeOf(token: Token): [number, number] | null {
  const m = /^(\d+)[-–](\d+)$/u.exec(token.text.replace(/,/gu, ''));
  return m && Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
}

const monthWord = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/u;
/** A number before one of these is a span of time, not a count: 'two weeks ago', 'after 48 hours', 'three years later'. */
const timeUnit = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centuries)$/u;

/** Counts in words that name a range, not a figure: 'dozens of militants', 'hundreds of families'. */
const vagueCounts: Record<string, [number, number]> = { dozens: [24, 99], hundreds: [200, 999] };

/**
 * A number at token i, with the scale words after it ('19 million', 'two
 * hundred', 'two hundred thousand'); the index after it; and the range a
 * count in words stands for: 'hundreds' is 200 to 999, and a round number
 * in words is said roundly, within a tenth ('two hundred people died' of a
 * toll of 212).
 */
function numberAt(tokens: Token[], i: number): { value: number; next: number; range: [number, number] | null } | null {
  const vague = vagueCounts[tokens[i].lower];
  if (vague) return { value: vague[0], next: i + 1, range: vague };
  let value = valueOf(tokens[i]);
  if (value === null) return null;
  let next = i + 1;
  // 'twenty-five' as three tokens: one number, not the range 20 to 5.
  const [hyphen, units] = [tokens[next], tokens[next + 1]];
  if (value >= 20 && value < 100 && hyphen?.text === '-' && units && hyphen.start === tokens[i].end && units.start === hyphen.end && (numberWords[units.lower] ?? 10) < 10) {
    value += numberWords[units.lower];
    next += 2;
  }
  const unscaled = next;
  while (tokens[next] && scales[tokens[next].lower]) {
    value *= scales[tokens[next].lower];
    next += 1;
  }
  const roundInWords = numberWords[tokens[i].lower] !== undefined && next > unscaled;
  return { value, next, range: roundInWords ? [Math.round(value * 0.9), Math.round(value * 1.1)] : null };
}

const lower = (tokens: Token[], i: number, n: number): string => tokens.slice(Math.max(0, i - n), i).map((t) => t.lower).join(' ');

/**
 * The quantity a phrase states, with its bounds: 'at least 212' is 212 or
 * more, 'more than 300' over 300, 'between 80 and 100' and '80 to 100' a
 * range, 'nearly 90' and 'about 90' within a tenth, 'up to 50' at most 50.
 * Tokens are the phrase and what stands before it in the sentence; `from`
 * is the first token of the phrase. The unit is the head of the phrase when
 * it is not the number itself ('people').
 */
export function readQuantity(tokens: Token[], from: number, to: number, unit: string | null): Quantity | null {
  // 'between 80 and 100 people': the phrase is '100 people', its range starts two words before.
  const rangeStart = /^(?:and|to|-|–)$/u.test(tokens[from - 1]?.lower ?? '') && from >= 2 && numberAt(tokens, from - 2) ? from - 2 : from - 1;
  for (let i = Math.max(0, rangeStart); i <= to; i += 1) {
    const span = rangeOf(tokens[i]);
    if (span) return { low: span[0], high: span[1], text: tokens[i].text, unit };
    const found = numberAt(tokens, i);
    if (!found) continue;
    // A year, a day of the month or a clock time is a date, not a count: 'in 2017', 'on March 9', 'the 9 March strike', '02:40'.
    if (/^(?:1[89]|20)\d\d$/u.test(tokens[i].text) || tokens[i + 1]?.text === ':' || monthWord.test(tokens[i - 1]?.lower ?? '') || monthWord.test(tokens[i + 1]?.lower ?? '')) continue;
    if (timeUnit.test(tokens[found.next]?.lower ?? '')) continue;
    const before = lower(tokens, i, 2);
    const three = lower(tokens, i, 3);
    let low: number | null = found.value;
    let high: number | null = found.value;
    let end = found.next;
    const range = tokens[found.next] && /^(?:and|to|-|–)$/u.test(tokens[found.next].lower) ? numberAt(tokens, found.next + 1) : null;
    if (range && (/\bbetween$/u.test(before) || tokens[found.next].lower !== 'and')) {
      [low, high, end] = [found.value, range.value, range.next];
    } else if (/no (?:more|greater) than$/u.test(three)) low = 0;
    else if (/no (?:fewer|less) than$/u.test(three)) high = null;
    else if (/(?:at least|more than|over|above|upwards of|in excess of|exceeds?)$/u.test(before)) high = null;
    else if (/(?:at most|up to|fewer than|less than|under|below|no more than)$/u.test(before)) low = 0;
    else if (/(?:about|around|nearly|almost|roughly|approximately|some|an estimated|close to)$/u.test(before)) {
      low = Math.floor(found.value * 0.9);
      high = Math.ceil(found.value * 1.1);
    } else if (found.range) [low, high] = found.range;
    const first = /(?:no (?:more|greater|fewer|less) than|in excess of)$/u.test(three) ? i - 3 : /(?:at least|more than|at most|up to|fewer than|less than|close to|an estimated)$/u.test(before) ? i - 2 : /(?:over|above|under|below|about|around|nearly|almost|roughly|approximately|some|between)$/u.test(before) ? i - 1 : i;
    const text = tokens.slice(Math.max(0, first), Math.max(end, i + 1)).map((t) => t.text).join(' ');
    return { low, high, text, unit };
  }
  return null;
}

/** Whether two quantities can both be true: their ranges overlap ('at least 80' and '87' can; '212' and '87' cannot). */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  return (a.low ?? 0) <= bHigh && (b.low ?? 0) <= aHigh;
}

/** The numbers a count states, as written: 'at least 212' -> [212]; 'between 80 and 100' -> [80, 100]; 'about 1,200' -> [1200]. */
const statedNumbers = (quantity: Quantity): string => (quantity.text.match(/\d[\d,.]*/gu) ?? []).map((n) => n.replace(/,/gu, '')).join(' ');

/**
 * Whether two counts give the same figure, and so can be one claim: '212',
 * 'at least 212' and 'about 212' do; '87' and 'between 80 and 100' do not,
 * though both can be true: the first refines the second (see
 * `narrowsCount`). Counts in words compare by their range.
 */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  const [x, y] = [statedNumbers(a), statedNumbers(b)];
  if (x && y) return x === y;
  if (!x && !y) return a.low === b.low && a.high === b.high;
  // A round count in words is a figure said roundly: 'two hundred' (180 to 220) is the toll of 'at least 212'.
  const [words, figure] = x ? [b, a] : [a, b];
  return words.low !== null && words.high !== null && words.low !== words.high && figure.low !== null && words.low <= figure.low && figure.low <= words.high;
}

/** Whether count a lies inside count b and says more: '87' inside 'between 80 and 100'. */
export function narrowsCount(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh, bLow, bHigh] = [a.low ?? 0, a.high ?? Infinity, b.low ?? 0, b.high ?? Infinity];
  return bLow <= aLow && aHigh <= bHigh && (aLow !== bLow || aHigh !== bHigh);
}

/** How close the ends of an estimate must be for it to bear out a count inside it: 'between 80 and 100' (0.8) does, 'between 20 and 60' does not. */
const closeEstimate = 0.75;

/**
 * Whether estimate a, a range with both ends close together, bears out
 * count b inside it: the UN's independent 'between 80 and 100' bears out the
 * ministry's '87'. An open range ('at least 80') or a wide one ('hundreds',
 * 'between 20 and 60') fits too many counts to confirm any one of them.
 */
export function bearsOutCount(a: Quantity, b: Quantity): boolean {
  if (a.low === null || a.high === null || a.low <= 0 || a.low === a.high || a.low < closeEstimate * a.high) return false;
  return narrowsCount(b, a);
}
