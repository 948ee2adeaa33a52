import { countValue } from '../numberWords.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';

// Years as broadcast transcripts spell them: 'nineteen ninety-six', 'nineteen
// oh five', 'the year two thousand', 'in two thousand one'. A bare 'two
// thousand' is a count ('two thousand troops') unless 'the year' or a
// preposition introduces it.
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const lastTwo = `(?:${TENS}(?:[- ]${ONES})?|${TEENS}|(?:oh|o)[- ]${ONES}|hundred)`;

export const parseSpelledYear: TimeParser = {
  name: 'spelled-year',
  pattern: new RegExp(`(?<![\\w-])(?:the year )?(?:(eighteen|nineteen)[- ](${lastTwo})|(?:(?<=\\b(?:year|in|since|by|until|of)\\s))two thousand(?:(?: and)?[- ](${TEENS}|${ONES}))?)(?![\\w-])`, 'gi'),
  extract(match) {
    const [, century, rest, twoThousandRest] = match;
    let year: number;
    if (century) {
      const base = century.toLowerCase() === 'eighteen' ? 1800 : 1900;
      const tail = rest.toLowerCase();
      if (tail === 'hundred') year = base;
      else year = base + Number(countValue(tail.replace(/^(?:oh|o)[- ]/, '')) ?? 0);
    } else year = 2000 + (twoThousandRest ? Number(countValue(twoThousandRest)) : 0);
    return mentionOf(match, { type: 'DATE', rule: 'spelled-year', stated: ['year'], parts: { year } });
  },
};
