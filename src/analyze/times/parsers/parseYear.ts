import { mentionOf, type TimeParser } from '../TimeParser.js';
import { partOfPeriod } from './parseMonthYear.js';

// A year on its own: 'in 2014', 'since 2015', 'fiscal 1989', 'early 1990',
// 'mid-1996', 'the end of 1994', 'the year 2000'.
const modifier = '(?:(early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)?';

/** A count rather than a year: 'about 2000 troops', '$2014', 'No. 1999'. */
const countBefore = /(?:\b(?:about|some|nearly|over|than|least|to|almost|around|approximately|only|just|No\.)\s|[$£€#]\s?)$/i;
const followsAsCount = /^(?:\s?(?:%|percent|per cent|people|troops|men|women|fighters|militants|soldiers|civilians|members|dollars|euros|feet|meters|metres|miles|km|kilometers|tons|times|points?|votes)\b|[,.]\d|-\d{3,})/i;

/** ...but 'to' ends a range of years or names an origin: 'from 1991 to 1997', 'dating to 1994', 'back to 1948'. */
const yearAfterTo = /\b(?:from\s(?:1[89]|20)\d\d\sto|(?:dating|dates|dated|back)\sto)\s$/i;

const introducesYear = /\b(?:in|since|of|by|until|till|from|to|during|before|after|between|and|through)\s$/i;

export const parseYear: TimeParser = {
  name: 'year',
  pattern: new RegExp(`(?<![\\w$£€#.,:/-])(?:(fiscal|the year|calendar) )?${modifier}(1[89]\\d\\d|20\\d\\d)(?![\\w'’]|,\\d|\\.\\d|:\\d)`, 'gi'),
  extract(match, text) {
    const [, label, part, year] = match;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
    if (!label && !part && ((countBefore.test(before) && !yearAfterTo.test(before)) || followsAsCount.test(after))) return null;
    // '2000 rounds', '1500 troops': a plural noun right after makes it a count unless a preposition introduced a year ('in 2014 forces took').
    if (!label && !part && /^\s[a-z]+s\b/.test(after) && !introducesYear.test(before)) return null;
    return mentionOf(match, {
      type: 'DATE',
      rule: label?.toLowerCase() === 'fiscal' ? 'fiscal-year' : 'year',
      stated: ['year'],
      parts: { year: Number(year) },
      mod: partOfPeriod(part),
    });
  },
};
