import { countValue } from '../numberWords.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';
import { partOfPeriod } from './parseMonthYear.js';

// Centuries by ordinal, as TIMEX3 writes them (the first two digits of their
// years): 'the 20th century' -> 19, 'the eleventh century' -> 10,
// 'the early 19th century' -> 18.
const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

export const parseCentury: TimeParser = {
  name: 'century',
  pattern: /(?<![\w-])(?:the\s)?(?:(early|late|mid)[- ]?)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- ]century(?![\w-])/gi,
  extract(match) {
    const [, part, digits, word] = match;
    const n = digits ? Number(countValue(digits)) : ordinals[word.toLowerCase()];
    if (!n || n > 21) return null;
    return mentionOf(match, { type: 'DATE', rule: 'century', stated: ['century'], parts: { century: n - 1 }, mod: partOfPeriod(part) });
  },
};
