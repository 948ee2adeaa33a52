import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

// Neighbouring mentions that name one time, as TimeML marks them:
// '6:30 a.m. Tuesday', 'Tuesday at 6:30 a.m.', 'Tuesday, May 28',
// 'June last year', 'May 28 at 10 p.m.', 'overnight to May 28'.
const joiner = /^(?:,\s*|\s+(?:on|at|of)\s+|\s+)$/;

const isClock = (m: TimeMention): boolean => m.parts?.hour !== undefined && m.parts.month === undefined && m.parts.weekday === undefined;
const isDay = (m: TimeMention): boolean =>
  m.type !== 'SET' && m.type !== 'DURATION' &&
  ((m.parts?.day !== undefined && m.parts.hour === undefined) || (m.parts?.weekday !== undefined && m.parts.hour === undefined) || m.shift?.granularity === 'day');
const isBareMonth = (m: TimeMention): boolean => m.parts?.month !== undefined && m.parts.day === undefined && m.parts.year === undefined;
const isYearOnly = (m: TimeMention): boolean => m.parts?.year !== undefined && m.parts.month === undefined && m.parts.quarter === undefined && m.parts.season === undefined && !m.mod;
const isBareSeason = (m: TimeMention): boolean => m.parts?.season !== undefined && m.parts.year === undefined;
const isYearShift = (m: TimeMention): boolean => m.shift?.unit === 'year' && m.shift.granularity === 'year' && m.shift.from === 'publication' && !m.mod;

function combine(a: TimeMention, b: TimeMention, text: string): TimeMention | null {
  const between = text.slice(a.end, b.start);
  if (!joiner.test(between) || between.length > 6) return null;
  const span = { start: a.start, end: b.end, text: text.slice(a.start, b.end), paragraph: a.paragraph };
  const stated = [...new Set([...a.stated, ...b.stated])];
  if ((isClock(a) && isDay(b)) || (isDay(a) && isClock(b))) {
    const [clock, day] = isClock(a) ? [a, b] : [b, a];
    const clockParts = { hour: clock.parts!.hour, minute: clock.parts!.minute };
    if (day.shift) return { ...span, type: 'TIME', rule: `${clock.rule}+${day.rule}`, stated, shift: { ...day.shift, then: { ...day.shift.then, ...clockParts, partOfDay: undefined } } };
    return { ...span, type: 'TIME', rule: `${clock.rule}+${day.rule}`, stated, parts: { ...day.parts, ...clockParts, partOfDay: undefined }, lean: day.lean };
  }
  if (a.parts?.weekday !== undefined && a.parts.partOfDay === undefined && b.parts?.day !== undefined && b.parts.month !== undefined && between.startsWith(',')) {
    return { ...b, ...span, rule: `weekday+${b.rule}`, stated };
  }
  // 'January nineteen ninety-seven', 'the winter of nineteen ninety-four': spelled years the year parsers leave apart.
  if ((isBareMonth(a) || isBareSeason(a)) && isYearOnly(b) && /^,?\s(?:of\s)?$/.test(between)) {
    return { ...span, type: 'DATE', rule: `${a.rule}+${b.rule}`, stated, parts: { ...a.parts, year: b.parts!.year }, mod: a.mod };
  }
  if (isBareMonth(a) && isYearShift(b) && !between.includes(',')) {
    return { ...span, type: 'DATE', rule: `${a.rule}+${b.rule}`, stated, shift: { ...b.shift!, then: { month: a.parts!.month } }, mod: a.mod };
  }
  return null;
}

export const combineAdjacent: TimeRefiner = {
  name: 'combine-adjacent',
  refine(mentions, text) {
    const out: TimeMention[] = [];
    for (const mention of mentions) {
      const last = out[out.length - 1];
      const combined = last ? combine(last, mention, text) : null;
      if (combined) out[out.length - 1] = combined;
      else out.push(mention);
    }
    return out;
  },
};
