import { compareTimexValues, readTimeInterval, widen, type TimeInterval } from '../model/timeInterval.js';

/**
 * A span of calendar time as the TIMEX3 values that bound it, as stated:
 * from is the value that starts first, to the one that starts last, ordered
 * as intervals (model/timeInterval.ts), a value before the values it holds.
 * So 'killed in May' and 'killed on 28 May' make '2017-05' to '2017-05-28':
 * the later statement narrows the event, it does not end it later.
 */
export type TimeSpan = { from: string; to: string };

/** The interval a span covers, from the start of its from to the end of the later of the two; null when neither names an interval. */
export function spanInterval(span: TimeSpan): TimeInterval | null {
  const from = readTimeInterval(span.from);
  const to = readTimeInterval(span.to);
  return from && to ? widen(from, to) : from ?? to;
}

/**
 * The span grown to include a time; an unknown time ('PAST_REF') leaves it
 * as it was. As text, '2017-05-01' came before '2017-SP' (spring, from
 * 1 March) and '2017-Q1' after '2017-02'; as intervals, spring and the first
 * quarter start first.
 */
export function widenSpan(span: TimeSpan | null, time: string | null): TimeSpan | null {
  if (time === null) return span;
  if (span === null) return { from: time, to: time };
  if (!readTimeInterval(time)) return span;
  return {
    from: compareTimexValues(time, span.from) < 0 ? time : span.from,
    to: compareTimexValues(time, span.to) > 0 ? time : span.to,
  };
}
