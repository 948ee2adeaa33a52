import { readTimeInterval, type Granularity } from '../model/timeInterval.js';

/** A date as TimelineJS reads it: only the parts known, the rest left out ('2025-03' has no day). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

const dayOrFiner: Granularity[] = ['second', 'minute', 'hour', 'part of day', 'day', 'weekend', 'week'];
const hourOrFiner: Granularity[] = ['second', 'minute', 'hour', 'part of day'];

function partsOf(ms: number, granularity: Granularity): TimelineJsDate {
  const d = new Date(ms);
  const date: TimelineJsDate = { year: d.getUTCFullYear() };
  if (granularity === 'year' || granularity === 'decade' || granularity === 'century') return date;
  date.month = d.getUTCMonth() + 1;
  if (!dayOrFiner.includes(granularity)) return date;
  date.day = d.getUTCDate();
  if (!hourOrFiner.includes(granularity)) return date;
  date.hour = d.getUTCHours();
  if (granularity === 'minute' || granularity === 'second') date.minute = d.getUTCMinutes();
  return date;
}

/**
 * The span of TIMEX3 values as TimelineJS start and end dates, or null when
 * a value names no calendar span ('PAST_REF'). A season or quarter becomes
 * its first and last month ('2016-FA' is September to November 2016), a week
 * its first and last day; the value itself is kept as the text shown.
 */
export function timelineJsSpan(from: string, to: string): { start_date: TimelineJsDate; end_date?: TimelineJsDate } | null {
  const first = readTimeInterval(from);
  const last = readTimeInterval(to);
  if (!first || !last) return null;
  const start = partsOf(first.earliest, first.granularity);
  const end = partsOf(last.latest - 1, last.granularity);
  const display = from === to ? from : `${from} – ${to}`;
  const sameAsStart = JSON.stringify(start) === JSON.stringify(end);
  return { start_date: { ...start, display_date: display }, ...(sameAsStart ? {} : { end_date: end }) };
}
