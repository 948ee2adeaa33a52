import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { Shift } from '../TimeMention.js';

// Fiscal quarters and halves: 'the third quarter', 'third-quarter',
// 'the fourth quarter of 1990', 'the 1988 second quarter', 'last year's
// first quarter', 'the first half', 'the last half of 1989', 'the first two
// quarters of 1990' (a half), and the reporting quarter itself: 'the
// quarter', 'the latest quarter', 'this quarter', 'the year-earlier quarter'.
// 'last' is an ordinal only in 'the last half of 1989': 'last quarter' is the
// one before this, and 'the last half of the '80s' is a span of a decade.
const ordinals: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, latter: 4, last: 4, 'first two': 1, 'last two': 4,
};

const owner = "(?:(the|its|this year's|last year's|next year's|the year-earlier|the year-ago|the same|this|last|next|the latest|the current|the fiscal|fiscal|a flat|a strong|a weak)\\s)?";
const numbered = `${owner}(?:(\\d{4})\\s)?(?:fiscal\\s)?(first|second|third|fourth|final|1st|2nd|3rd|4th|(?:latter|last)(?= half of (?:fiscal )?\\d{4})|(?:first|last) two(?= quarters))[- ](quarters?|half)(?:\\s(?:of\\s)?(?:fiscal\\s)?(\\d{4}))?`;
const reporting = "(the|this|last|the latest|the current|the previous|the year-earlier|the year-ago|the same|the \\d{4})\\s(quarter|period)";

export const parseQuarter: TimeParser = {
  name: 'quarter',
  pattern: new RegExp(`(?<![\\w-])(?:${numbered}|${reporting})(?![\\w-])`, 'gi'),
  extract(match) {
    const [, own, yearBefore, ordinal, unit, yearAfter, which, reportingUnit] = match;
    if (reportingUnit) return reportingQuarter(match, which.toLowerCase(), reportingUnit.toLowerCase());
    const explicit = yearBefore ?? yearAfter;
    const half = unit.toLowerCase() === 'half' || ordinal.toLowerCase().endsWith(' two');
    if (unit.toLowerCase() === 'quarters' && !half) return null;
    const n = ordinals[ordinal.toLowerCase()] === 4 && half ? 2 : ordinals[ordinal.toLowerCase()];
    const parts = half ? { half: n } : { quarter: n };
    const lower = own?.toLowerCase() ?? '';
    const yearShift = lower.startsWith('last') || lower.startsWith('the year-') ? -1 : lower.startsWith('next') ? 1 : lower.startsWith('this') ? 0 : undefined;
    // 'its third-quarter profit': the hyphenated form is a modifier, and the owner belongs to the noun.
    const hyphenated = match[0].includes(`${ordinal}-`);
    if (hyphenated && own && !explicit && yearShift === undefined) {
      const trimmed = match[0].slice(own.length + 1);
      const inner = { ...match, 0: trimmed, index: match.index + own.length + 1 } as RegExpExecArray;
      return mentionOf(inner, { type: 'DATE', rule: half ? 'half' : 'quarter', stated: ['quarter'], parts, lean: 'past' });
    }
    if (!explicit && yearShift !== undefined) {
      return mentionOf(match, {
        type: 'DATE', rule: half ? 'relative-half' : 'relative-quarter', stated: ['quarter'],
        shift: { unit: 'year', amount: yearShift, from: 'publication', granularity: 'year', then: parts },
      });
    }
    return mentionOf(match, {
      type: 'DATE',
      rule: half ? 'half' : 'quarter',
      stated: explicit ? ['year', 'quarter'] : ['quarter'],
      parts: { ...parts, year: explicit ? Number(explicit) : undefined },
      lean: 'past',
    });
  },
};

/**
 * 'the quarter' in an earnings report is the one just reported; 'this
 * quarter' the one under way; 'the year-earlier quarter' the reported one a
 * year before. 'the period' only counts after a year ('the 1988 period').
 */
function reportingQuarter(match: RegExpExecArray, which: string, unit: string) {
  const year = /\d{4}/.exec(which)?.[0];
  // 'the period' alone is too vague; 'the year-ago period' is the reported quarter, 'the 1988 period' the year.
  if (unit === 'period' && !year && !which.startsWith('the year-')) return null;
  const shifts: Record<string, Shift> = {
    this: { unit: 'quarter', amount: 0, from: 'publication', granularity: 'quarter' },
    'the current': { unit: 'quarter', amount: 0, from: 'publication', granularity: 'quarter' },
    last: { unit: 'quarter', amount: -1, from: 'publication', granularity: 'quarter' },
    'the previous': { unit: 'quarter', amount: -1, from: 'previous', granularity: 'quarter' },
    'the year-earlier': { unit: 'year', amount: -1, from: 'reported', granularity: 'quarter' },
    'the year-ago': { unit: 'year', amount: -1, from: 'reported', granularity: 'quarter' },
  };
  const shift = shifts[which] ?? { unit: 'quarter', amount: 0, from: 'reported', granularity: 'quarter' };
  // 'earned $376,000 in the 1988 quarter' in an October 1989 report: the reported quarter of 1988 (1988-Q3).
  if (year && unit === 'quarter') return mentionOf(match, { type: 'DATE', rule: 'year-quarter', stated: ['year'], shift: { ...shift, then: { year: Number(year) } } });
  if (year) return mentionOf(match, { type: 'DATE', rule: 'year-period', stated: ['year'], value: year });
  return mentionOf(match, { type: 'DATE', rule: `reporting-${unit}`, stated: [], shift });
}
