import { mentionOf, type TimeParser } from '../TimeParser.js';

// ISO and US numeric dates: '2017-05-28', '6/19/2017'. Two-digit years are
// left alone: '6/19/17' could as well be a score or a ratio.
export const parseNumericDate: TimeParser = {
  name: 'numeric-date',
  pattern: /(?<![\w/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\w/-])/g,
  extract(match) {
    const iso = match[1] !== undefined;
    const year = Number(iso ? match[1] : match[6]);
    const month = Number(iso ? match[2] : match[4]);
    const day = Number(iso ? match[3] : match[5]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2099) return null;
    return mentionOf(match, {
      type: 'DATE',
      rule: iso ? 'iso-date' : 'us-numeric-date',
      stated: ['year', 'month', 'day'],
      parts: { year, month, day },
    });
  },
};
