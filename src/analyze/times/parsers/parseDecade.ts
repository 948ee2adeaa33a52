import { mentionOf, type TimeParser } from '../TimeParser.js';
import { partOfPeriod } from './parseMonthYear.js';

// Decades as TIMEX3 writes them, the first three digits: 'the 1990s' -> 199,
// 'the early 1980s' -> 198, 'the '90s' -> 199, 'the nineties' -> 199.
const spelled: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

export const parseDecade: TimeParser = {
  name: 'decade',
  pattern: /(?<![\w-])(?:the\s)?(?:(early|late|mid)[- ]?)?(?:(1[89]\d0|20\d0)'?s|['’](\d0)s|(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w'])/gi,
  extract(match) {
    const [, part, full, short, word] = match;
    // A spelled decade needs 'the': 'in their twenties' is an age.
    if (word && !/^the\s/i.test(match[0])) return null;
    const decade = full ? Number(full) / 10 : 190 + (short ? Number(short) / 10 : spelled[word.toLowerCase()]);
    return mentionOf(match, {
      type: 'DATE',
      rule: 'decade',
      stated: ['decade'],
      parts: { decade },
      mod: partOfPeriod(part),
    });
  },
};
