/** A span of calendar time as TIMEX3 values compared as strings ('2017-05' to '2017-05-28'). */
export type TimeSpan = { from: string; to: string };

/** The span grown to include a time; an unknown time leaves it as it was. */
export function widenSpan(span: TimeSpan | null, time: string | null): TimeSpan | null {
  if (time === null) return span;
  if (span === null) return { from: time, to: time };
  return { from: time < span.from ? time : span.from, to: time > span.to ? time : span.to };
}
