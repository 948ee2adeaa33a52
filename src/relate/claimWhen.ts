import type { TimeSpan } from './timeSpan.js';
import type { Claim } from './types.js';

/**
 * When a claim holds, for comparing claims in time: the stated event time;
 * for a state ('alive', 'hiding') with no stated time, the span of the
 * reports that say so, as a state is asserted as of its report.
 */
export function claimWhen(claim: Claim): TimeSpan | null {
  if (claim.eventTime) return claim.eventTime;
  if (claim.kind !== 'state') return null;
  // Report dates are 'YYYY-MM-DD', which sort as text (unlike event times).
  const dates = claim.members.map((m) => m.reportedOn).filter((d): d is string => d !== null).sort();
  return dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null;
}

/** How long before a report an undated event it tells may have happened: news dates what is older ('two years ago'). */
export const recentDays = 31;

/**
 * When a claim holds, for relating it to other claims: as claimWhen, and for
 * an event told with no date, the month before it was first reported ('87
 * were killed', first told on 29 October, is the blast of the 14th, and no
 * rival count of an air strike in 2023).
 */
export function relationWhen(claim: Claim): TimeSpan | null {
  const stated = claimWhen(claim);
  if (stated || claim.kind === 'state' || !claim.firstReported) return stated;
  const from = new Date(Date.parse(`${claim.firstReported}T00:00:00Z`) - recentDays * 86_400_000).toISOString().slice(0, 10);
  return { from, to: claim.firstReported };
}
