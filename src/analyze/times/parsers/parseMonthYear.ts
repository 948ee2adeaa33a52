import { MONTH, monthNumber } from '../monthNames.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';

// A month of a stated year, with an optional part of the month:
// 'June 2014', 'September of 2015', 'May, 2017', 'late May 2017', 'mid-July 1998'.
export const parseMonthYear: TimeParser = {
  name: 'month-year',
  pattern: new RegExp(`(?<![\\w$])(?:(early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)?(${MONTH}),?(?: of)? (\\d{4})(?![\\w,.]\\d|\\w)`, 'gi'),
  extract(match) {
    if (!/^[A-Z]/.test(match[2])) return null;
    return mentionOf(match, {
      type: 'DATE',
      rule: 'month-year',
      stated: ['year', 'month'],
      parts: { year: Number(match[3]), month: monthNumber(match[2]) },
      mod: partOfPeriod(match[1]),
    });
  },
};

/** 'early May' -> START, 'mid-May' -> MID, 'the end of May' -> END. */
export function partOfPeriod(word: string | undefined): 'START' | 'MID' | 'END' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'early' || w.includes('beginning') || w.includes('start')) return 'START';
  if (w === 'mid' || w.includes('middle')) return 'MID';
  return 'END';
}
