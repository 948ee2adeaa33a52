import { addDays, compareDays, isoWeekday, type Day } from './calendarDay.js';
import type { Lean, Season } from './TimeMention.js';

// Where a date written without its year falls relative to the publication
// date. News reports mostly look back: 'Nov. 3' in a June report is last
// November. A date a little ahead is kept in the same year because reports
// announce what is scheduled: 'payable Dec. 15' in an October report.
const AHEAD_DAYS = 62;
const AHEAD_MONTHS = 2;
const JUST_PASSED_MONTHS = 1;

export function yearOfMonthDay(month: number, day: number | undefined, reference: Day, lean: Lean): number {
  const y = reference.year;
  const candidate: Day = { year: y, month, day: day ?? 1 };
  const refMonthStart: Day = day === undefined ? { ...reference, day: 1 } : reference;
  const cmp = compareDays(candidate, refMonthStart);
  switch (lean) {
    case 'this':
      return y;
    case 'strict-past':
      return cmp < 0 ? y : y - 1;
    case 'strict-future':
      return cmp > 0 ? y : y + 1;
    case 'future':
      return cmp >= 0 ? y : y + 1;
    case 'ahead':
      return month >= reference.month - JUST_PASSED_MONTHS ? y : y + 1;
    case 'past': {
      if (cmp <= 0) return y;
      if (day === undefined) return month - reference.month <= AHEAD_MONTHS ? y : y - 1;
      return compareDays(candidate, addDays(reference, AHEAD_DAYS)) <= 0 ? y : y - 1;
    }
  }
}

/**
 * The day a weekday names: 'Thursday' on or before the reference, 'next
 * Friday' after it. One exception to looking back: a bare weekday six days
 * back is the next day, since reporters write 'last Tuesday' for that one; in
 * TimeBank and AQUAINT a bare weekday is the next day 11 times and six days
 * back twice.
 */
export function dayOfWeekday(weekday: number, reference: Day, lean: Lean): Day {
  const today = isoWeekday(reference);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (lean) {
    case 'this':
      return addDays(reference, weekday - today);
    case 'strict-past':
      return addDays(reference, -(back || 7));
    case 'strict-future':
      return addDays(reference, ahead || 7);
    case 'future':
    case 'ahead':
      return addDays(reference, ahead);
    case 'past':
      return addDays(reference, back === 6 ? 1 : -back);
  }
}

const seasonStart: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season of a date; January and February belong to the winter that began the December before. */
export function seasonOf(day: Day): { season: Season; year: number } {
  if (day.month <= 2) return { season: 'WI', year: day.year - 1 };
  if (day.month === 12) return { season: 'WI', year: day.year };
  return { season: day.month <= 5 ? 'SP' : day.month <= 8 ? 'SU' : 'FA', year: day.year };
}

/** 'Last fall' in a March 2017 report is 2016-FA; 'this summer' is the reference year's. */
export function yearOfSeason(season: Season, reference: Day, lean: Lean): number {
  const current = seasonOf(reference);
  const order = (s: Season, year: number): number => year * 12 + seasonStart[s];
  const now = order(current.season, current.year);
  const thisYear = order(season, reference.year);
  switch (lean) {
    case 'this':
      return season === current.season ? current.year : reference.year;
    case 'strict-past':
      return thisYear < now ? reference.year : reference.year - 1;
    case 'past':
      return thisYear <= now ? reference.year : reference.year - 1;
    case 'strict-future':
      return thisYear > now ? reference.year : reference.year + 1;
    case 'future':
    case 'ahead':
      return thisYear >= now ? reference.year : reference.year + 1;
  }
}

/** 'the third quarter' in a report from October 1989 is 1989-Q3; a quarter not yet begun is last year's. */
export function yearOfQuarter(quarter: number, reference: Day): number {
  return quarter <= Math.ceil(reference.month / 3) ? reference.year : reference.year - 1;
}
