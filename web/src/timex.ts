import { readTimeInterval } from '../../src/model/timeInterval.js';

// The reader of TIMEX3 values is the core's (src/model/timeInterval.ts), so the chart and the story read '2016-WI' alike.
export { compareTimexValues, readTimeInterval, type Granularity, type TimeInterval } from '../../src/model/timeInterval.js';

/** A span of days to draw, in UTC milliseconds, half-open. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A TIMEX3 value as the span it covers: '2017-05-28' one day, '2017-05' the
 * month, '2017-W24' the ISO week, '2016-FA' autumn. Values that name no
 * calendar span (PAST_REF, P5M) give null.
 */
export function timexSpan(value: string): Span | null {
  const interval = readTimeInterval(value);
  return interval && { start: interval.earliest, end: interval.latest };
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
