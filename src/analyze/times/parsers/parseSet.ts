import { monthNumber } from '../monthNames.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';
import { WEEKDAYS } from '../weekdayNames.js';

// Repeated times: 'daily', 'weekly', 'every day', 'each year', 'every
// quarter', 'each Thursday', 'every July', 'a year' after an amount ('$25
// million a year'). 'quarterly' is left out: business news uses it for
// reports ('quarterly earnings').
const adverbs: Record<string, string> = {
  hourly: 'PT1H', nightly: 'P1D', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y',
};
const units: Record<string, string> = {
  hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y',
};

export const parseSet: TimeParser = {
  name: 'set',
  pattern: /(?<![\w-])(?:(hourly|nightly|daily|weekly|monthly|annually|yearly)|(?:every|each)\s(?:other\s|single\s)?(hour|day|night|morning|evening|week|month|quarter|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)|(?<=(?:million|billion|\d|times|once|twice)\s)(?:a|per)\s(hour|day|night|week|month|year))(?![\w-])/gi,
  extract(match) {
    const [, adverb, every, rate] = match;
    if (adverb) return mentionOf(match, { type: 'SET', rule: 'set-adverb', stated: [], value: adverbs[adverb.toLowerCase()] });
    const written = every ?? rate;
    const unit = written.toLowerCase();
    // 'each Thursday' -> XXXX-WXX-4, 'every July' -> XXXX-07; capitalised, so 'each may have' stays a verb.
    const isName = WEEKDAYS.includes(unit) || monthNumber(unit) > 0;
    if (isName && !/^[A-Z]/.test(written)) return null;
    const named = WEEKDAYS.includes(unit) ? `XXXX-WXX-${WEEKDAYS.indexOf(unit) + 1}` : `XXXX-${String(monthNumber(unit)).padStart(2, '0')}`;
    const value = isName ? named : units[unit];
    return mentionOf(match, { type: 'SET', rule: every ? 'set-every' : 'set-rate', stated: [], value });
  },
};
