import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { Lean, PartOfDay } from '../TimeMention.js';
import type { TimePart } from '../../types.js';
import { WEEKDAYS } from '../weekdayNames.js';

// A day of the week, optionally with a part of the day or a plural for
// habits: 'Thursday', 'last Friday', 'Sunday afternoon', 'early Tuesday',
// 'Tuesday nights' (every Tuesday night). Abbreviations ('Sun', 'Wed') are
// left out: they are newspapers and verbs more often than days.

export const PART_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', nighttime: 'NI',
};

const leans: Record<string, Lean> = {
  last: 'strict-past', 'this past': 'strict-past', past: 'strict-past', next: 'strict-future', 'this coming': 'strict-future', coming: 'strict-future', this: 'this',
};

export const parseWeekday: TimeParser = {
  name: 'weekday',
  pattern: /(?<![\w-])(?:(last|this past|this coming|this|next|coming|past)\s)?(?:(early|late|mid-?)\s?)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?(?:\s(morning|afternoon|evening|night)(s)?)?(?![\w-])/g,
  extract(match) {
    const [, relative, , name, plural, part, partPlural] = match;
    const weekday = WEEKDAYS.indexOf(name.toLowerCase()) + 1;
    const partOfDay = part ? PART_OF_DAY[part] : undefined;
    const stated: TimePart[] = partOfDay ? ['weekday', 'partOfDay'] : ['weekday'];
    if (plural || partPlural) {
      return mentionOf(match, {
        type: 'SET',
        rule: 'weekday-plural',
        stated,
        value: `XXXX-WXX-${weekday}${partOfDay ? `T${partOfDay}` : ''}`,
      });
    }
    return mentionOf(match, {
      type: partOfDay ? 'TIME' : 'DATE',
      rule: relative ? `${relative}-weekday` : 'weekday',
      stated,
      parts: { weekday, partOfDay },
      lean: relative ? leans[relative] : 'past',
    });
  },
};
