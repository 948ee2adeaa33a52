/**
 * A TIMEX3 value as the span of days it covers, in UTC milliseconds:
 * '2017-05-28' one day, '2017-05' the month, '2017-W24' the ISO week,
 * '2016-FA' autumn, '2017-Q2' a quarter, '2017' the year. Values that name
 * no calendar span (PAST_REF, P5M) give null.
 */
export interface Span {
  start: number;
  end: number;
}

const day = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const seasons: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };

export function timexSpan(value: string): Span | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const start = utc(+m[1], +m[2], +m[3]);
    return { start, end: start + day };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = utc(+m[1], 1, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * day;
    const start = monday + (+m[2] - 1) * 7 * day;
    return { start, end: start + 7 * day };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: utc(+m[1], +m[2]), end: utc(+m[1], +m[2] + 1) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { start: utc(+m[1], +m[2] * 3 - 2), end: utc(+m[1], +m[2] * 3 + 1) };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { start: utc(+m[1], seasons[m[2]][0]), end: utc(+m[1], seasons[m[2]][1]) };
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: utc(+m[1], 1), end: utc(+m[1] + 1, 1) };
  return null;
}

/**
 * The event span of a claim, from the start of its earliest value to the end
 * of its latest: '2025-03' to '2025-03-09' is 1–9 March, not the whole month.
 */
export function eventSpan(from: string, to: string): Span | null {
  const a = timexSpan(from);
  const b = timexSpan(to);
  if (!a || !b) return a ?? b;
  const start = Math.min(a.start, b.start);
  return { start, end: b.end > start ? b.end : Math.max(a.end, b.end) };
}

export function dayOf(date: string): number {
  return timexSpan(date)?.start ?? NaN;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
