import type { TimeExpression, TimeHow, TimePart } from '../types.js';
import { addDays, addMonths, type Day } from './calendarDay.js';
import { formatTimexValue } from './formatTimexValue.js';
import { dayOfWeekday, yearOfMonthDay, yearOfQuarter, yearOfSeason } from './leanTowardsPast.js';
import { granularityOf, shiftCalendar } from './shiftCalendar.js';
import type { CalendarParts, TimeMention } from './TimeMention.js';
import { HOLIDAYS } from './parsers/parseHoliday.js';

/** The last time with a known year, for 'a year earlier' and for a date whose year a caption already gave. */
interface Previous {
  parts: CalendarParts;
  paragraph: number;
  statedYear: boolean;
}

/** An earnings story looks back on the period that ended a few weeks before it. */
const REPORTED_LAG_DAYS = -45;

/**
 * Turns mentions into TIMEX3 expressions in text order, filling the parts the
 * text leaves out from the publication date or from the previous time.
 */
export function resolveValues(mentions: TimeMention[], reference: Day | null): TimeExpression[] {
  let previous: Previous | null = null;
  let quarterSeen = false;
  const out: TimeExpression[] = [];
  for (const mention of mentions) {
    const resolved = resolveOne(mention, reference, previous, quarterSeen);
    const rule = mention.mod ? `${mention.rule}/${mention.mod}` : mention.rule;
    out.push({
      text: mention.text,
      start: mention.start,
      end: mention.end,
      type: mention.type,
      value: resolved.value,
      how: { rule, stated: mention.stated, inferred: resolved.inferred, anchor: resolved.anchor },
    });
    // 'a year earlier' after 'a year ago' still counts from the quarter both compare with, so counted shifts never become the anchor.
    if (resolved.parts?.year !== undefined && (mention.type === 'DATE' || mention.type === 'TIME') && !mention.shift?.keepPrevious) {
      previous = { parts: resolved.parts, paragraph: mention.paragraph ?? 0, statedYear: mention.stated.includes('year') };
      quarterSeen ||= granularityOf(resolved.parts) === 'quarter';
    }
  }
  return out;
}

interface Resolved {
  value: string;
  inferred: TimePart[];
  anchor: TimeHow['anchor'];
  parts?: CalendarParts;
}

function resolveOne(mention: TimeMention, reference: Day | null, previous: Previous | null, quarterSeen: boolean): Resolved {
  if (mention.value !== undefined) return { value: mention.value, inferred: [], anchor: 'none', parts: mention.parts };
  if (mention.shift) return resolveShift(mention, reference, previous, quarterSeen);
  const parts = mention.parts ?? {};
  if (parts.year !== undefined || parts.decade !== undefined || parts.century !== undefined) {
    return { value: formatTimexValue(parts), inferred: [], anchor: 'none', parts };
  }
  const carried = carriedYear(mention, reference, previous);
  if (carried !== null) {
    const filled = { ...parts, year: carried };
    return { value: formatTimexValue(filled), inferred: ['year'], anchor: 'previous-time', parts: filled };
  }
  if (!reference) return { value: formatTimexValue(parts), inferred: [], anchor: 'none' };
  const lean = mention.lean ?? 'past';
  let filled: CalendarParts;
  let inferred: TimePart[] = ['year'];
  if (parts.month !== undefined) {
    filled = { ...parts, year: yearOfMonthDay(parts.month, parts.day, reference, lean) };
  } else if (parts.season) {
    filled = { ...parts, year: yearOfSeason(parts.season, reference, lean) };
  } else if (parts.quarter !== undefined) {
    filled = { ...parts, year: yearOfQuarter(parts.quarter, reference) };
  } else if (parts.half !== undefined) {
    filled = { ...parts, year: yearOfQuarter(parts.half * 2 - 1, reference) };
  } else if (parts.day !== undefined && parts.weekday === undefined) {
    filled = { ...parts, ...monthOfDay(parts.day, mention, previous, reference) };
    inferred = ['year', 'month'];
  } else {
    const anchorDay = parts.weekday !== undefined ? dayOfWeekday(parts.weekday, reference, lean) : sameParagraphDay(mention, previous) ?? reference;
    filled = { ...parts, ...anchorDay, weekday: undefined };
    inferred = ['year', 'month', 'day'];
  }
  if (filled.holiday && filled.year !== undefined) filled = { ...filled, ...HOLIDAYS[filled.holiday](filled.year) };
  return { value: formatTimexValue(filled), inferred, anchor: 'publication', parts: filled };
}

/**
 * A month and day without a year take the year of a full date earlier in the
 * same paragraph when that date stated a different year than the publication's:
 * 'This July 5, 2014 photo ... who on June 29 proclaimed' is 2014-06-29.
 * Only within the paragraph, so a caption's year never leaks into the story,
 * and only for a day after a day: a bare 'December' after 'in 1990' is
 * still read from the publication date far more often than not.
 */
function carriedYear(mention: TimeMention, reference: Day | null, previous: Previous | null): number | null {
  if (!previous || !previous.statedYear || previous.paragraph !== mention.paragraph || previous.parts.day === undefined) return null;
  if (mention.parts?.month === undefined || mention.parts.day === undefined || mention.lean !== 'past') return null;
  const year = previous.parts.year;
  if (year === undefined || (reference && year === reference.year)) return null;
  return year;
}

/** 'On the 13th': the month last named in the paragraph, else the publication month or, for a later day, the month before. */
function monthOfDay(day: number, mention: TimeMention, previous: Previous | null, reference: Day): { year: number; month: number } {
  const p = previous?.parts;
  if (p && previous?.paragraph === mention.paragraph && p.year !== undefined && p.month !== undefined) return { year: p.year, month: p.month };
  if (day <= reference.day) return { year: reference.year, month: reference.month };
  const before = addMonths({ ...reference, day: 1 }, -1);
  return { year: before.year, month: before.month };
}

function sameParagraphDay(mention: TimeMention, previous: Previous | null): Day | null {
  const p = previous?.parts;
  if (!p || previous?.paragraph !== mention.paragraph || p.year === undefined || p.month === undefined || p.day === undefined) return null;
  return { year: p.year, month: p.month, day: p.day };
}

/**
 * 'quarterSeen': once a story has named a quarter it is an earnings story,
 * and 'a year ago' there compares with the quarter reported (1988-Q3).
 */
function resolveShift(mention: TimeMention, reference: Day | null, previous: Previous | null, quarterSeen: boolean): Resolved {
  const shift = mention.shift!;
  const publication: CalendarParts | null = reference ? { ...reference } : null;
  let anchor: CalendarParts | null = publication;
  let anchorKind: TimeHow['anchor'] = 'publication';
  let granularity = shift.granularity;
  if (shift.from === 'previous' && previous) {
    anchor = previous.parts;
    anchorKind = 'previous-time';
    if (shift.keepPrevious) granularity = granularityOf(previous.parts);
  } else if (shift.from === 'reported' && reference) {
    anchor = addDays(reference, REPORTED_LAG_DAYS);
  } else if (shift.keepPrevious && quarterSeen && shift.unit === 'year') {
    anchor = reference ? addDays(reference, REPORTED_LAG_DAYS) : null;
    granularity = 'quarter';
  }
  let parts = anchor ? shiftCalendar(anchor, shift, granularity) : null;
  if (!parts && anchorKind === 'previous-time' && publication) {
    parts = shiftCalendar(publication, shift, shift.granularity);
    anchorKind = 'publication';
  }
  if (!parts) return { value: unresolved(shift.granularity), inferred: [], anchor: 'none' };
  // 'A week later, the deputy minister said ...' told after 'on Thursday' lands past the
  // publication date: the real anchor is an event ('four days after the strike'), which this
  // stage cannot date, so the value stays unresolved rather than wrong.
  if (anchorKind === 'previous-time' && shift.amount > 0 && publication && isAfter(parts, publication) && mention.lean !== 'future' && mention.lean !== 'strict-future' && mention.lean !== 'ahead') {
    return { value: unresolved(granularity), inferred: [], anchor: 'none' };
  }
  parts = { ...parts, ...shift.then };
  if (shift.then?.month !== undefined) parts = { year: parts.year, ...shift.then };
  const inferred: TimePart[] = (['year', 'quarter', 'month', 'week', 'day'] as const).filter((p) => parts[p] !== undefined && !mention.stated.includes(p));
  return { value: formatTimexValue(parts), inferred, anchor: anchorKind, parts };
}

function isAfter(parts: CalendarParts, day: CalendarParts): boolean {
  const key = (p: CalendarParts) => [p.year ?? 0, p.month ?? 0, p.day ?? 0].map((n) => String(n).padStart(4, '0')).join('');
  return parts.year !== undefined && parts.month !== undefined && parts.day !== undefined && key(parts) > key(day);
}

function unresolved(granularity: string): string {
  const values: Record<string, string> = { year: 'XXXX', quarter: 'XXXX-QX', month: 'XXXX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', day: 'XXXX-XX-XX', season: 'XXXX-XX' };
  return values[granularity] ?? 'XXXX';
}
