import type { CalendarParts } from './TimeMention.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Writes resolved calendar parts as a TIMEX3 value, coarsest first:
 * {decade: 199} -> '199', {year: 2016, season: 'FA'} -> '2016-FA',
 * {year: 2017, month: 5, day: 28, hour: 6, minute: 30} -> '2017-05-28T06:30'.
 * A missing year is 'XXXX': 'May 28' with no publication date is 'XXXX-05-28'.
 */
export function formatTimexValue(parts: CalendarParts): string {
  if (parts.year === undefined && parts.decade !== undefined) return String(parts.decade);
  if (parts.year === undefined && parts.century !== undefined) return pad(parts.century);
  const year = parts.year === undefined ? 'XXXX' : pad(parts.year, 4);
  if (parts.season) return `${year}-${parts.season}`;
  if (parts.quarter) return `${year}-Q${parts.quarter}`;
  if (parts.half) return `${year}-H${parts.half}`;
  if (parts.week !== undefined) return `${year}-W${pad(parts.week)}${parts.weekend ? '-WE' : ''}`;
  const time = timeOfDay(parts);
  if (parts.month === undefined && parts.weekday !== undefined) return `${year}-WXX-${parts.weekday}${time}`;
  if (parts.month === undefined) return time && parts.year === undefined ? `XXXX-XX-XX${time}` : year;
  const month = `${year}-${pad(parts.month)}`;
  if (parts.day === undefined) return month;
  return `${month}-${pad(parts.day)}${time}`;
}

function timeOfDay(parts: CalendarParts): string {
  if (parts.hour !== undefined) return `T${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
  if (parts.partOfDay) return `T${parts.partOfDay}`;
  return '';
}
