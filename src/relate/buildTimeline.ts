import { compareTimexValues } from '../model/timeInterval.js';
import type { Claim, TimelineEntry } from './types.js';

/**
 * The story on two clocks kept apart: when each claimed event happened (its
 * stated event time) and when each statement about it was published. Sorted
 * by time within each clock; a report with no publication date is left out.
 */
export function buildTimeline(claims: Claim[]): TimelineEntry[] {
  const events: TimelineEntry[] = claims
    .filter((c) => c.eventTime !== null)
    .map((c) => ({ clock: 'event' as const, time: c.eventTime!.from, claimId: c.id, ref: null }));
  const reports: TimelineEntry[] = claims.flatMap((c) =>
    c.members.filter((m) => m.reportedOn !== null).map((m) => ({ clock: 'report' as const, time: m.reportedOn!, claimId: c.id, ref: m.ref })),
  );
  // Event times are TIMEX3 values, ordered as intervals ('2017-SP' before '2017-05-01', which text puts first);
  // report dates are 'YYYY-MM-DD', which sort as text.
  const byClaim = (a: TimelineEntry, b: TimelineEntry): number => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0);
  const byEvent = (a: TimelineEntry, b: TimelineEntry): number => compareTimexValues(a.time, b.time) || byClaim(a, b);
  const byReport = (a: TimelineEntry, b: TimelineEntry): number => (a.time < b.time ? -1 : a.time > b.time ? 1 : byClaim(a, b));
  return [...events.sort(byEvent), ...reports.sort(byReport)];
}
