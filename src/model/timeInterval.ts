/**
 * A TIMEX3 value read as the interval of time it names, in UTC milliseconds,
 * half-open: '2017-05' is [1 May 2017, 1 June 2017). Every comparison of
 * event times goes through this reader, because TIMEX3 values do not sort as
 * text: '2016-FA' (autumn, which ends on 1 December) sorts after
 * '2016-12-01', and '2017-W10' (March) after '2017-06-01'.
 *
 * This module is the bottom of the tree: it imports nothing, so the story,
 * the store, the API and the web app can all share it.
 */

export type Granularity =
  | 'second' | 'minute' | 'hour' | 'part of day' | 'day' | 'weekend' | 'week'
  | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export interface TimeInterval {
  /** The first instant of the interval (inclusive). */
  earliest: number;
  /** The first instant after the interval (exclusive). */
  latest: number;
  granularity: Granularity;
}

const hour = 3_600_000;
const day = 24 * hour;
const utc = (year: number, month: number, date = 1): number => Date.UTC(year, month - 1, date);

/** Coarsest last, so a union can keep the coarser of two granularities. */
const granularities: Granularity[] = ['second', 'minute', 'hour', 'part of day', 'day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];

/**
 * Meteorological seasons of the northern hemisphere, as [first month, first
 * month after]: winter runs across the year end, so '2016-WI' is
 * December 2016 to February 2017 (month 15 is March of the next year).
 */
const seasons: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };

/**
 * Parts of the day as [first hour, first hour after], kept within their own
 * day ('2025-03-09TNI' is the evening of the 9th, not the small hours of the
 * 10th) and generous, since "morning" is whatever the writer meant by it.
 */
const partsOfDay: Record<string, [number, number]> = { MO: [0, 12], MI: [11, 13], AF: [12, 18], EV: [17, 24], NI: [18, 24], DT: [6, 20] };

const interval = (earliest: number, latest: number, granularity: Granularity): TimeInterval => ({ earliest, latest, granularity });

/** Monday of ISO week 1 is the Monday of the week holding 4 January: for 2015 that is 29 December 2014. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * day;
  return monday + (week - 1) * 7 * day;
}

/** A calendar date, or null when it does not exist ('2017-02-30'). */
function calendarDay(year: number, month: number, date: number): number | null {
  const ms = utc(year, month, date);
  const back = new Date(ms);
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === date ? ms : null;
}

/** The time of day after 'T' within its day: 'T14:30' a minute, 'T14' an hour, 'TMO' the morning. */
function readTimeOfDay(dayStart: number, time: string): TimeInterval | null {
  const part = partsOfDay[time];
  if (part) return interval(dayStart + part[0] * hour, dayStart + part[1] * hour, 'part of day');
  const m = /^(\d{2})(?::(\d{2})(?::(\d{2}))?)?$/.exec(time);
  if (!m || +m[1] > 23 || (m[2] !== undefined && +m[2] > 59) || (m[3] !== undefined && +m[3] > 59)) return null;
  const start = dayStart + +m[1] * hour + (m[2] === undefined ? 0 : +m[2] * 60_000) + (m[3] === undefined ? 0 : +m[3] * 1000);
  if (m[3] !== undefined) return interval(start, start + 1000, 'second');
  if (m[2] !== undefined) return interval(start, start + 60_000, 'minute');
  return interval(start, start + hour, 'hour');
}

/**
 * The interval a TIMEX3 value names, or null for values that name no
 * calendar span: references ('PAST_REF', 'PRESENT_REF'), durations ('P5M'),
 * values with no year ('XXXX-05-28'). A value whose year is known but not
 * its week ('2017-WXX-3', a Wednesday of 2017) is read as that year: the
 * moment lies somewhere in it.
 */
export function readTimeInterval(value: string): TimeInterval | null {
  let known = readIntervals.get(value);
  if (known === undefined) {
    // The story's status pass reads the same few hundred dates for every pair of rival statements.
    if (readIntervals.size >= readIntervalsKept) readIntervals.clear();
    known = parseTimeInterval(value);
    readIntervals.set(value, known && Object.freeze(known));
  }
  return known;
}

/** Intervals read so far, by value (frozen: callers share them); cleared when it holds this many. */
const readIntervals = new Map<string, Readonly<TimeInterval> | null>();
const readIntervalsKept = 20_000;

function parseTimeInterval(value: string): TimeInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/.exec(value);
  if (m) {
    const start = calendarDay(+m[1], +m[2], +m[3]);
    if (start === null) return null;
    return m[4] === undefined ? interval(start, start + day, 'day') : readTimeOfDay(start, m[4]);
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    if (+m[2] < 1 || +m[2] > 53) return null;
    const start = isoWeekStart(+m[1], +m[2]);
    // The weekend is the Saturday and Sunday of that ISO week.
    return m[3] ? interval(start + 5 * day, start + 7 * day, 'weekend') : interval(start, start + 7 * day, 'week');
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? interval(utc(+m[1], +m[2]), utc(+m[1], +m[2] + 1), 'month') : null;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return interval(utc(+m[1], seasons[m[2]][0]), utc(+m[1], seasons[m[2]][1]), 'season');
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return interval(utc(+m[1], +m[2] * 3 - 2), utc(+m[1], +m[2] * 3 + 1), 'quarter');
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return interval(utc(+m[1], +m[2] * 6 - 5), utc(+m[1], +m[2] * 6 + 1), 'half');
  m = /^(\d{4})(?:-[-\dWXTA-Z:]*X[-\dWXTA-Z:]*)?$/.exec(value);
  if (m) return interval(utc(+m[1], 1), utc(+m[1] + 1, 1), 'year');
  // '199' is the 1990s; '19' is the twentieth century as TIMEX3 writes it, 1900–1999.
  m = /^(\d{3})$/.exec(value);
  if (m) return interval(utc(+m[1] * 10, 1), utc(+m[1] * 10 + 10, 1), 'decade');
  m = /^(\d{2})$/.exec(value);
  if (m) return interval(utc(+m[1] * 100, 1), utc(+m[1] * 100 + 100, 1), 'century');
  return null;
}

/**
 * Whether the two intervals share a moment, so two values can name the same
 * event: '2025-W10' (3–9 March 2025) and '2025-03', though neither string
 * starts with the other.
 */
export function overlaps(a: TimeInterval, b: TimeInterval): boolean {
  return a.earliest < b.latest && b.earliest < a.latest;
}

/** Whether every moment of inner lies in outer: '2016-WI' contains '2017-01-15', which a prefix test misses. */
export function contains(outer: TimeInterval, inner: TimeInterval): boolean {
  return outer.earliest <= inner.earliest && inner.latest <= outer.latest;
}

/**
 * Whether a is not wholly before b: some moment of a is at or after the
 * start of b ('2017-09' is not before '2017-05-28'). As text,
 * '2016-FA' > '2016-12-01' and '2017-W10' > '2017-06-01'; as intervals,
 * autumn ends on 1 December and week 10 is in March, so both are before.
 */
export function notBefore(a: TimeInterval, b: TimeInterval): boolean {
  return a.latest > b.earliest;
}

/**
 * The smallest interval holding both, at the coarser granularity:
 * '2016-WI' widened by '2017-01-10' still ends on 1 March 2017, where a
 * text comparison would have taken '2017-01-10' as the later end.
 */
export function widen(a: TimeInterval, b: TimeInterval): TimeInterval {
  const coarser = granularities.indexOf(a.granularity) >= granularities.indexOf(b.granularity) ? a.granularity : b.granularity;
  return interval(Math.min(a.earliest, b.earliest), Math.max(a.latest, b.latest), coarser);
}

/**
 * Order by start, and for one start the longer first, as a value comes
 * before the values it contains ('2017-05' before '2017-05-01'). As text
 * '2017-Q1' sorts after '2017-02' and '2017-SP' after '2017-05-01'; by
 * start, the quarter (January) and spring (March) come first.
 */
export function compareIntervals(a: TimeInterval, b: TimeInterval): number {
  return a.earliest - b.earliest || b.latest - a.latest;
}

/**
 * Orders TIMEX3 values by the intervals they name; values that name no
 * interval ('PAST_REF') come last, and ties fall back to the text so the
 * order never depends on the input order.
 */
export function compareTimexValues(a: string, b: string): number {
  const ia = readTimeInterval(a);
  const ib = readTimeInterval(b);
  const byInterval = ia && ib ? compareIntervals(ia, ib) : ia ? -1 : ib ? 1 : 0;
  return byInterval || (a < b ? -1 : a > b ? 1 : 0);
}
