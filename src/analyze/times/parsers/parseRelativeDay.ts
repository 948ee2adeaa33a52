import { mentionOf, type TimeParser } from '../TimeParser.js';
import { PART_OF_DAY } from './parseWeekday.js';

// Days named from the publication date, with an optional part of the day:
// 'today', 'yesterday', 'tomorrow', 'tonight', 'last night', 'this morning',
// 'yesterday afternoon', 'late yesterday', 'earlier this evening'.
const offsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'last night': -1, this: 0 };

export const parseRelativeDay: TimeParser = {
  name: 'relative-day',
  pattern: /(?<![\w-])(?:(early|late|later|earlier)\s(?:in\s)?)?(?:(today|yesterday|tomorrow|tonight|last night)(?:\s(morning|afternoon|evening|night))?|(this)\s(morning|afternoon|evening)|(?:mid[- ]?)(morning|afternoon)\s(yesterday|today))(?![\w-])/gi,
  extract(match) {
    const [, , named, namedPart, thisWord, thisPart, midPart, midDay] = match;
    const day = (named ?? thisWord ?? midDay).toLowerCase();
    const partWord = namedPart ?? thisPart ?? midPart ?? (day === 'tonight' || day === 'last night' ? 'night' : undefined);
    const partOfDay = partWord ? PART_OF_DAY[partWord.toLowerCase()] : undefined;
    return mentionOf(match, {
      type: partOfDay ? 'TIME' : 'DATE',
      rule: `relative-day-${day.replace(' ', '-')}`,
      stated: partOfDay ? ['day', 'partOfDay'] : ['day'],
      shift: { unit: 'day', amount: offsets[day], from: 'publication', granularity: 'day', then: partOfDay ? { partOfDay } : undefined },
    });
  },
};
