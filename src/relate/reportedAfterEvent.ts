import { readTimeInterval } from '../model/timeInterval.js';
import type { Claim, ClaimMember } from './types.js';

const startOf = (value: string): number | null => readTimeInterval(value)?.earliest ?? null;
/** The first instant after a report date: an event reported on 2017-03-09 happened before 2017-03-10. */
const endOfDay = (date: string): number | null => {
  const start = startOf(date);
  return start === null ? null : start + 86_400_000;
};

/**
 * Whether a member and a claim can be about one event given when each was
 * reported: an event happens before it is reported. A member stating a time
 * cannot be an event the claim's members reported before that time ('fled
 * Mosul', reported in March 2017, is not 'fled to Baghouz in January 2019');
 * a member stating none, reported on a day, cannot be an event the claim
 * dates after that day. States ('alive', 'hiding') hold over time and always
 * fit; what is unknown rules nothing out.
 */
export function reportedAfterEvent(claim: Claim, member: ClaimMember): boolean {
  if (claim.kind === 'state') return true;
  const time = member.proposition.eventTime;
  if (time !== null) {
    const happened = startOf(time);
    const reported = claim.firstReported === null ? null : endOfDay(claim.firstReported);
    return happened === null || reported === null || happened < reported;
  }
  const reported = member.reportedOn === null ? null : endOfDay(member.reportedOn);
  const happened = claim.eventTime === null ? null : startOf(claim.eventTime.from);
  return happened === null || reported === null || happened < reported;
}
