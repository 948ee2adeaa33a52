import { COUNT, countValue } from '../numberWords.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { CalendarUnit } from '../TimeMention.js';

// A distance back or forward in time that names a date: 'a year ago', 'two
// weeks earlier', 'three days later', 'a year before.' and the adjectives
// 'year-earlier', 'year-ago'. 'Ago' counts from the publication date, the
// others from the time last mentioned. 'a week after the strike' is only a
// duration (P1W): the date hangs on an event, not a time.
const APPROX = '(?:(?:about|around|roughly|nearly|almost|some|more than|less than|just over|just under|over|at least|only)\\s)?';

export const parseCountedShift: TimeParser = {
  name: 'counted-shift',
  pattern: new RegExp(`(?<![\\w-])(?:${APPROX}(${COUNT})[\\s-](days?|weeks?|months?|years?|decades?|quarters?)(?:\\s(?:or\\sso|and\\sa\\shalf))?\\s(ago|earlier|later|before(?=[.,;:]|$)|after(?=[.,;:]|$)|from now|hence|back)|(?:the\\s)?(year|quarter|month)[- ](earlier|ago))(?![\\w-])`, 'gi'),
  extract(match) {
    const [, count, unitWord, direction, adjectiveUnit] = match;
    const n = count ? countValue(count) : '1';
    if (n === null) return null;
    const unit = (unitWord ?? adjectiveUnit).toLowerCase().replace(/s$/, '');
    const dir = (direction ?? match[5]).toLowerCase();
    if (n === 'X') {
      return mentionOf(match, { type: 'DATE', rule: 'vague-shift', stated: [], value: /ago|earlier|before|back/.test(dir) ? 'PAST_REF' : 'FUTURE_REF' });
    }
    const sign = /ago|earlier|before|back/.test(dir) ? -1 : 1;
    const scale = unit === 'decade' ? 10 : 1;
    // 'a decade ago' is ten years back, written as a year.
    const shiftUnit = (unit === 'decade' ? 'year' : unit) as CalendarUnit;
    const fromPublication = /ago|from now|hence|back/.test(dir);
    return mentionOf(match, {
      type: 'DATE',
      rule: adjectiveUnit ? `${unit}-${dir}` : `count-${dir.replace(' ', '-')}`,
      stated: [],
      shift: {
        unit: shiftUnit,
        amount: sign * Math.round(Number(n) * scale),
        from: fromPublication ? 'publication' : 'previous',
        // 'a year earlier' after 'the third quarter' names a quarter.
        granularity: shiftUnit,
        keepPrevious: !fromPublication || unit === 'year',
      },
    });
  },
};
