import { MONTH, monthNumber } from '../monthNames.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';
import { partOfPeriod } from './parseMonthYear.js';
import type { Lean } from '../TimeMention.js';

// A month without a day or year: 'in May', 'late May', 'last November',
// 'since November', 'mid-November', 'the end of November'.
const modifier = '(?:(early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)?';
const which = '(?:(last|this past|this|next|this coming|past)\\s)?';

/**
 * 'May' and 'March' are also a verb and a noun ('may have killed', 'the
 * march'), and capitalised they start sentences or name people ('Theresa
 * May'), so they count only after a word that introduces a time: 'in May',
 * 'since March', 'from May to November', 'late May'.
 */
const introducesTime = /\b(?:in|since|until|till|by|from|to|through|during|before|after|between|and|or|of|on|last|this|next|early|late|mid|end of|beginning of|start of|middle of)[\s-]$/i;

export const parseMonthName: TimeParser = {
  name: 'month-name',
  pattern: new RegExp(`(?<![\\w$-])${modifier}${which}(${MONTH})(?![\\w-]| \\d| of \\d|,? \\d{4})`, 'gi'),
  extract(match, text) {
    const [, part, relative, name] = match;
    if (!/^[A-Z]/.test(name)) return null;
    if (/^(May|March)$/.test(name) && !part && !relative) {
      const before = text.slice(Math.max(0, match.index - 20), match.index);
      if (!introducesTime.test(before)) return null;
    }
    const leans: Record<string, Lean> = { last: 'strict-past', 'this past': 'strict-past', past: 'strict-past', this: 'this', next: 'strict-future', 'this coming': 'strict-future' };
    return mentionOf(match, {
      type: 'DATE',
      rule: relative ? `${relative.toLowerCase()}-month` : 'month-name',
      stated: ['month'],
      parts: { month: monthNumber(name) },
      lean: relative ? leans[relative.toLowerCase()] : 'past',
      mod: partOfPeriod(part),
    });
  },
};
