import { mentionOf, type TimeParser } from '../TimeParser.js';

// A clock time: '6:30 a.m.', '10 p.m.', '9 o'clock', '14:30 GMT', 'noon',
// 'midnight'. A bare '3:1' or '2:30' is left alone (scores, ratios, verses)
// unless a time zone or 'at' marks it as a clock time.
export const parseClockTime: TimeParser = {
  name: 'clock-time',
  pattern: /(?<![\w:.$])(?:(\d{1,2})(?::(\d{2}))?\s?(a\.m\.?|p\.m\.?|am|pm|o'clock)(?!\w)|(?<=\bat )(\d{1,2}):(\d{2})(?![\d:])|(\d{1,2}):(\d{2})(?=\s?(?:GMT|UTC|EST|EDT|CST|PST|BST|local time))|(noon|midday|midnight))(?:\s?(GMT|UTC|EST|EDT|CST|PST|BST)\b)?/gi,
  extract(match) {
    const named = match[8]?.toLowerCase();
    let hour = Number(match[1] ?? match[4] ?? match[6] ?? (named === 'midnight' ? 24 : 12));
    const minute = Number(match[2] ?? match[5] ?? match[7] ?? 0);
    const meridiem = match[3]?.toLowerCase() ?? '';
    if (hour > 24 || minute > 59) return null;
    if (meridiem.startsWith('p') && hour < 12) hour += 12;
    if (meridiem.startsWith('a') && hour === 12) hour = 0;
    if (meridiem && !meridiem.startsWith('o') && (hour === 0 && !meridiem.startsWith('a') || hour > 23)) return null;
    return mentionOf(match, {
      type: 'TIME',
      rule: named ? 'named-clock-time' : 'clock-time',
      stated: ['hour', 'minute'],
      parts: { hour, minute },
    });
  },
};
