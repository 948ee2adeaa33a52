import { MONTH, monthNumber } from '../monthNames.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { TimePart } from '../../types.js';

// Dates that name a day of a month, month first or day first, with or without
// the year: 'July 5, 2014', 'Nov. 3', 'May 28', '28th May 2017', '5 July'.
const monthFirst = `(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?`;
const dayFirst = `(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})(?:,? (\\d{4}))?`;

export const parseCalendarDate: TimeParser = {
  name: 'calendar-date',
  // Not inside a longer number or clock time: 'May 28' but not 'May 28,000' or 'May 2:30'.
  pattern: new RegExp(`(?<![\\w$])(?:${monthFirst}|${dayFirst})(?![\\w/]|[,.:]\\d)`, 'g'),
  extract(match) {
    const month = monthNumber(match[1] ?? match[5]);
    const day = Number(match[2] ?? match[4]);
    const yearText = match[3] ?? match[6];
    if (day < 1 || day > 31) return null;
    const stated: TimePart[] = yearText ? ['year', 'month', 'day'] : ['month', 'day'];
    return mentionOf(match, {
      type: 'DATE',
      rule: yearText ? 'month-day-year' : 'month-day',
      stated,
      parts: { year: yearText ? Number(yearText) : undefined, month, day },
      lean: 'past',
    });
  },
};
