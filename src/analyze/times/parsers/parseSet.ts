import { mentionOf, type TimeParser } from '../TimeParser.js';

// Repeated times: 'daily', 'weekly', 'every day', 'each year', 'every
// quarter', 'a year' after an amount ('$25 million a year'). 'quarterly' is
// left out: business news uses it for reports ('quarterly earnings').
const adverbs: Record<string, string> = {
  hourly: 'PT1H', nightly: 'P1D', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y',
};
const units: Record<string, string> = {
  hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y',
};

export const parseSet: TimeParser = {
  name: 'set',
  pattern: /(?<![\w-])(?:(hourly|nightly|daily|weekly|monthly|annually|yearly)|(?:every|each)\s(?:other\s|single\s)?(hour|day|night|morning|evening|week|month|quarter|year)|(?<=(?:million|billion|\d|times|once|twice)\s)(?:a|per)\s(hour|day|night|week|month|year))(?![\w-])/gi,
  extract(match) {
    const [, adverb, every, rate] = match;
    const value = adverb ? adverbs[adverb.toLowerCase()] : units[(every ?? rate).toLowerCase()];
    return mentionOf(match, { type: 'SET', rule: adverb ? 'set-adverb' : every ? 'set-every' : 'set-rate', stated: [], value });
  },
};
