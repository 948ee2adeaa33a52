import { parseDateString } from './parseDateString.js';
import { type Clock, couldBeLocalDay, readClock, writesSameInstant } from './readClock.js';

type Candidate = { value: string; from: string };

export interface LocalDay {
  date: string;
  from: string;
}

const MODIFIED = /modified|updated|lastmod/i;
const DECLARED = /^(?:itemprop|meta\[|json-ld)/;

/**
 * The day a UTC instant ('2020-12-05T23:15:00Z') fell on where it was
 * published, when the page says so, or null. In order of trust:
 * - another candidate writes the same instant on a local clock
 *   ('2023-11-08 17:49:09' for '2023-11-09T01:49:09Z');
 * - another declaration for machines states only a day, one off
 *   ('06 Dicembre 2020' for '2020-12-05T23:15:00Z').
 * Two weaker signs were tried and dropped, as they moved more right days
 * than wrong ones on the development pages: the first date printed on the
 * page ('5. November 2021' for '2021-11-04T23:00Z'; it is often a
 * neighbouring article's or today's) and a time zone the page names
 * ('America/Chicago'; often a widget's, not the newsroom's).
 */
export function localDayOf(chosen: Clock, others: readonly Candidate[]): LocalDay | null {
  const published = others.filter((other) => !MODIFIED.test(other.from));
  for (const other of published) {
    const clock = readClock(other.value);
    if (clock && clock.day !== chosen.day && clock.offset !== 0 && writesSameInstant(chosen, clock)) return { date: clock.day, from: other.from };
  }
  const oneOff = (other: Candidate) => {
    if (readClock(other.value)) return null;
    const date = parseDateString(other.value);
    return date && date !== chosen.day && couldBeLocalDay(chosen, date) ? date : null;
  };
  for (const other of published.filter((c) => DECLARED.test(c.from))) {
    const date = oneOff(other);
    if (date) return { date, from: other.from };
  }
  return null;
}
