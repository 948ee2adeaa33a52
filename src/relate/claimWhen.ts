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
