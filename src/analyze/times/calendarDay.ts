// Day arithmetic on UTC dates, so no time zone moves a publication date.

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function toDate(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Monday 1 ... Sunday 7. */
export function isoWeekday(day: Day): number {
  return ((toDate(day).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week: the week with the year's first Thursday is week 1. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const firstDay = toDate({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toDate(thursday).getTime() - firstDay.getTime()) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(day.day, last) };
}
