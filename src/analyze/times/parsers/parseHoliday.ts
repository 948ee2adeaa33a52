import { mentionOf, type TimeParser } from '../TimeParser.js';
import { isoWeekday, type Day } from '../calendarDay.js';

// Named days whose date follows from the year: 'Christmas', 'New Year's Day',
// 'Thanksgiving', 'Election Day', 'Easter'. Without a year they resolve like
// a month and day, leaning to the past.
type DayOfYear = (year: number) => { month: number; day: number };

const fixed = (month: number, day: number): DayOfYear => () => ({ month, day });

/** The n-th given weekday of a month: Thanksgiving is the fourth Thursday of November. */
const nthWeekday = (month: number, weekday: number, n: number): DayOfYear => (year) => {
  const first: Day = { year, month, day: 1 };
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return { month, day: 1 + offset + (n - 1) * 7 };
};

/** US Election Day: the Tuesday after the first Monday of November. */
const electionDay: DayOfYear = (year) => {
  const monday = nthWeekday(11, 1, 1)(year);
  return { month: 11, day: monday.day + 1 };
};

/** Western Easter Sunday (anonymous Gregorian computus). */
const easter: DayOfYear = (year) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
};

export const HOLIDAYS: Record<string, DayOfYear> = {
  christmas: fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  'independence day': fixed(7, 4),
  'valentine\'s day': fixed(2, 14),
  halloween: fixed(10, 31),
  thanksgiving: nthWeekday(11, 4, 4),
  'thanksgiving day': nthWeekday(11, 4, 4),
  'election day': electionDay,
  'labor day': nthWeekday(9, 1, 1),
  easter: easter,
  'easter sunday': easter,
};

export const parseHoliday: TimeParser = {
  name: 'holiday',
  pattern: /(?<![\w-])(?:(last|this|next)\s)?(Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Valentine's Day|Halloween|Thanksgiving(?: Day)?|Election Day|Labor Day|Easter(?: Sunday)?)(?:,?\s(\d{4}))?(?![\w-])/g,
  extract(match) {
    const [, relative, name, year] = match;
    const rule = HOLIDAYS[name.toLowerCase()];
    return mentionOf(match, {
      type: 'DATE',
      rule: 'holiday',
      stated: year ? ['year', 'month', 'day'] : ['month', 'day'],
      // Movable days get a typical date to choose the year by; resolution then dates them in that year.
      parts: { holiday: name.toLowerCase(), year: year ? Number(year) : undefined, ...rule(year ? Number(year) : 2001) },
      lean: relative === 'last' ? 'strict-past' : relative === 'next' ? 'strict-future' : relative === 'this' ? 'this' : 'past',
    });
  },
};
