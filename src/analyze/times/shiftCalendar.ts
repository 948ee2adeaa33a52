import { addDays, addMonths, isoWeek, isoWeekday, type Day } from './calendarDay.js';
import type { CalendarParts, CalendarUnit, Shift } from './TimeMention.js';

/** The finest unit a resolved value names: {year, quarter} -> 'quarter'. */
export function granularityOf(parts: CalendarParts): CalendarUnit {
  if (parts.day !== undefined) return 'day';
  if (parts.week !== undefined) return parts.weekend ? 'weekend' : 'week';
  if (parts.month !== undefined) return 'month';
  if (parts.quarter !== undefined) return 'quarter';
  if (parts.season !== undefined) return 'season';
  return 'year';
}

const finer: CalendarUnit[] = ['day', 'weekend', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century'];

/**
 * Moves an anchor by a shift and writes it at the shift's granularity:
 * 2017-06-22 + {year -1, granularity year} -> {year: 2016};
 * 1989-Q3 + {year -1, granularity quarter} -> {year: 1988, quarter: 3}.
 * Null when the anchor is too coarse ('the following day' after 'in May').
 */
export function shiftCalendar(anchor: CalendarParts, shift: Shift, granularity: CalendarUnit): CalendarParts | null {
  const { amount } = shift;
  if (anchor.year === undefined) return null;
  const needs = finer.indexOf(shift.unit) < finer.indexOf(granularity) ? shift.unit : granularity;
  const day = dayOf(anchor);
  if ((needs === 'day' || needs === 'week' || needs === 'weekend') && !day) return null;
  if (needs === 'month' && anchor.month === undefined) return null;
  if (needs === 'quarter' && anchor.quarter === undefined && anchor.month === undefined) return null;
  let moved: Day = day ?? { year: anchor.year, month: anchor.month ?? (anchor.quarter ? anchor.quarter * 3 - 2 : 1), day: 1 };
  if (shift.unit === 'year') moved = { ...moved, year: moved.year + amount };
  else if (shift.unit === 'decade') moved = { ...moved, year: moved.year + amount * 10 };
  else if (shift.unit === 'century') moved = { ...moved, year: moved.year + amount * 100 };
  else if (shift.unit === 'weekend') moved = addDays(moved, weekendOffset(moved, amount));
  else if (shift.unit === 'quarter') moved = addMonths(moved, amount * 3);
  else if (shift.unit === 'month') moved = addMonths(moved, amount);
  else if (shift.unit === 'week') moved = addDays(moved, amount * 7);
  else if (shift.unit === 'day') moved = addDays(moved, amount);
  const quarter = anchor.quarter !== undefined && shift.unit === 'year' ? anchor.quarter : Math.ceil(moved.month / 3);
  switch (granularity) {
    case 'century':
      return { century: Math.floor(moved.year / 100) };
    case 'decade':
      return { decade: Math.floor(moved.year / 10) };
    case 'year':
      return { year: moved.year };
    case 'quarter':
      return { year: moved.year, quarter };
    case 'season':
      return { year: moved.year, season: anchor.season };
    case 'month':
      return { year: moved.year, month: moved.month };
    case 'week':
    case 'weekend': {
      const week = isoWeek(moved);
      return { year: week.year, week: week.week, weekend: granularity === 'weekend' };
    }
    case 'day':
      return { ...moved };
  }
}

/**
 * Weekends count back from the last one begun: 'the weekend' or 'last
 * weekend' in a Monday report is the Saturday and Sunday just gone (-1),
 * 'this weekend' the one of the current week (0), 'next weekend' the one after.
 */
function weekendOffset(day: Day, amount: number): number {
  const begun = isoWeekday(day) >= 6;
  if (amount < 0) return begun ? (amount + 1) * 7 : amount * 7;
  return amount * 7;
}

function dayOf(parts: CalendarParts): Day | null {
  if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return null;
  return { year: parts.year, month: parts.month, day: parts.day };
}
