import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { CalendarUnit, Shift } from '../TimeMention.js';
import { partOfPeriod } from './parseMonthYear.js';

// A week, month, year... counted from the publication date or, for 'the
// previous'/'the following', from the time last mentioned:
// 'last year', 'this week', 'next month', 'earlier this year', 'late last
// week', 'the end of the year', 'the following day', 'the year' (this year).
const counted: Record<string, [number, Shift['from']]> = {
  last: [-1, 'publication'], 'this past': [-1, 'publication'], this: [0, 'publication'], 'the current': [0, 'publication'],
  next: [1, 'publication'], 'this coming': [1, 'publication'], 'the coming': [1, 'publication'], the: [0, 'publication'],
  'the previous': [-1, 'previous'], 'the prior': [-1, 'previous'], 'the following': [1, 'previous'], 'the next': [1, 'previous'], 'the same': [0, 'previous'],
  that: [0, 'previous'], 'that same': [0, 'previous'],
};

export const parseRelativePeriod: TimeParser = {
  name: 'relative-period',
  pattern: /(?<![\w-])(?:(early|late|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)\s(?:in\s)?)?(last|this past|this coming|this|next|the current|the coming|the previous|the prior|the following|the next|the same|that same|that|the)\s(day|morning|night|week|weekend|month|year|decade|century)(?![\w-]|['’]s\s(?:end|first|second|third|fourth))/gi,
  extract(match, text) {
    const [whole, part, which, unitWord] = match;
    const lower = which.toLowerCase();
    const unit = unitWord.toLowerCase();
    const after = text.slice(match.index + whole.length, match.index + whole.length + 20);
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    if (lower === 'the') {
      // 'the year' is this year in a news report, but not 'the day he died', 'to the day', 'the year before'.
      if (!/^(?:year|week|month|weekend)$/.test(unit)) return null;
      if (/^\s?(?:of|before|after|earlier|later|when|that|in which|he|she|they|it|ago|[’']s|-)\b/i.test(after) && !part) return null;
      if (/\b(?:to|a|per|each|every)\s$/i.test(before)) return null;
    }
    // 'that' points back only as a time word before a pause: 'later that year', but not 'that year's budget'.
    // 'that night', 'that day' mostly point at an event (the night of the strike), not at the time last named.
    if (lower.startsWith('that') && (/^(?:day|morning|night)$/.test(unit) || !/^\s*(?:[.,;:)]|$|when|and|but|as|the|a|he|she|they|it|in|on|at)/i.test(after))) return null;
    if ((unit === 'day' || unit === 'morning' || unit === 'night') && counted[lower][1] === 'publication' && lower !== 'the') {
      // 'this morning', 'last night' are relative days; 'this day' is rare and vague.
      return null;
    }
    // 'for the year', 'the year's profit': a year-long period; 'earlier in the year' keeps its date.
    if (lower === 'the' && unit === 'year' && !part) {
      return mentionOf(match, { type: 'DURATION', rule: 'the-year', stated: [], value: 'P1Y' });
    }
    const [step, from] = counted[lower];
    // 'the weekend' in a news report is the one just gone.
    const amount = unit === 'weekend' && lower === 'the' ? -1 : step;
    const shiftUnit: CalendarUnit = unit === 'morning' || unit === 'night' ? 'day' : (unit as CalendarUnit);
    return mentionOf(match, {
      type: unit === 'morning' || unit === 'night' ? 'TIME' : 'DATE',
      rule: `${lower.replace(/\s/g, '-')}-${unit}`,
      stated: [],
      shift: {
        unit: shiftUnit,
        amount,
        from,
        granularity: shiftUnit,
        then: unit === 'morning' ? { partOfDay: 'MO' } : unit === 'night' ? { partOfDay: 'NI' } : undefined,
      },
      mod: partOfPeriod(part?.replace(/^earlier$/i, 'early').replace(/^later$/i, 'late')),
    });
  },
};
