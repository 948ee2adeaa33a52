import { COUNT, countValue } from '../numberWords.js';
import { UNIT, durationValue } from '../unitNames.js';
import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

// Lengths of time, with the words TimeML keeps inside the expression:
// 'five months', 'nearly three years', 'the past two months', 'the first nine
// months', '46-minute', 'two-day', 'eight-month-old', 'a couple of years',
// 'two and a half years', 'several weeks' (PXW), 'the past decade', and bare
// plurals: 'for years', 'decades-long'.
// 'over' and 'only' stay outside, as TimeBank marks them: 'over [the past 20 years]'.
const approx = '(?:(about|around|roughly|approximately|nearly|almost|some|more than|less than|at least|at most|up to|no more than|just under)\\s)?';
const span = '(?:(?:the\\s)?(?:past|last|next|first|latest|coming|previous|final|remaining|following|initial|same|entire|whole|full)\\s|the\\s)?';
const extra = '(?:(?:more|additional|full|straight|consecutive|long|trading|business|calendar|working)\\s)?';

const counted = `${approx}${span}(?:another\\s)?(${COUNT})(?:\\s(?:more|additional|and a half))?[\\s-]${extra}(${UNIT})(?:-(?:old|long))?(?:\\sand\\sa\\shalf)?(?:\\sor\\sso)?`;
// 'years' with no count: 'for years', 'decades-long', 'in recent years' is a PAST_REF instead.
const uncounted = `(?<!\\b(?:recent|coming|future|next|past|last|few|many)\\s)(?:(?:the\\s)?(?:past|last)\\s)?(years|months|weeks|decades|centuries|days|hours)(?:-long)?(?!\\s(?:old|of\\sage|ago|earlier|later))`;

// 'the past year', 'the past decade': the time up to now, as a length.
const pastUnit = '(?:the\\s)?past\\s(week|month|year|decade|century)';

export const parseDuration: TimeParser = {
  name: 'duration',
  pattern: new RegExp(`(?<![\\w$£€-])(?:${counted}|${uncounted}|${pastUnit})(?![\\w-])`, 'gi'),
  extract(match, text) {
    const [whole, modifier, count, unit, bareUnit, pastUnitWord] = match;
    if (bareUnit) return bare(match, bareUnit);
    if (pastUnitWord) return durationMention(match, '1', pastUnitWord, undefined);
    const counted = countValue(count);
    if (counted === null) return null;
    // 'two and a half years', 'a year and a half'
    const n = counted !== 'X' && /\sand\sa\shalf\b/i.test(whole) ? String(Number(counted) + 0.5) : counted;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    // '$25 million a year', 'twice a day' are rates (SET), left to parseSet.
    if (/^an?\s/i.test(whole) && /(?:million|billion|\d|times|once|twice|per)\s$/i.test(before)) return null;
    // 'a day' alone, 'one day he will' are not lengths worth a value; keep 'a day-long' and counted ones.
    if (/^(?:one|a)\sday$/i.test(whole) && !/\b(?:for|in|within|than|about|after|over|lasted|took)\s$/i.test(before)) return null;
    const after = text.slice(match.index + whole.length, match.index + whole.length + 12);
    // 'A second group': an ordinal, not one second.
    if (/^(?:a|an)\ssecond$/i.test(whole)) return null;
    // Ages are not durations: '6-year-old', '52 years old', 'the 50-year-old'.
    if (/^years?-old$/i.test(whole.split(/[\s-]/).slice(-2).join('-')) || /-year-old$/i.test(whole) || /^[\s-](?:old|of age)\b/i.test(after)) return null;
    // 'three-quarters of' is a fraction.
    if (/quarters?$/i.test(unit) && (/-quarters?$/i.test(whole) || /^\sof\b/.test(after))) return null;
    // 'the two-week trip': a hyphenated length is a modifier; 'the' belongs to the noun.
    if (/^the\s\S+-/i.test(whole)) return { ...durationMention(match, n, unit, modifier), text: whole.slice(4), start: match.index + 4 };
    return durationMention(match, n, unit, modifier);
  },
};

function durationMention(match: RegExpExecArray, n: string, unit: string, modifier: string | undefined): TimeMention {
  return mentionOf(match, {
    type: 'DURATION',
    rule: n === 'X' ? 'vague-duration' : 'counted-duration',
    stated: [],
    value: decadeAsYears(durationValue(n, unit)),
    mod: modifier ? approxMod(modifier) : undefined,
  });
}

function bare(match: RegExpExecArray, unit: string): TimeMention {
  return mentionOf(match, { type: 'DURATION', rule: 'bare-duration', stated: [], value: decadeAsYears(durationValue('X', unit)) });
}

/** TimeBank writes decades in years ('four decades' P40Y); an unknown count stays PXDE. */
function decadeAsYears(value: string): string {
  return value.replace(/^P(\d+)DE$/, (_, n: string) => `P${Number(n) * 10}Y`).replace(/^P(\d+)CE$/, (_, n: string) => `P${Number(n) * 100}Y`);
}

function approxMod(modifier: string): TimeMention['mod'] {
  const w = modifier.toLowerCase();
  if (/more than|over|at least/.test(w)) return 'MORE_THAN';
  if (/less than|under|at most|up to|no more than/.test(w)) return 'LESS_THAN';
  return 'APPROX';
}
