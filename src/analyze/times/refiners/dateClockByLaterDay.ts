import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

// Wire copy gives the local time, a converted time in brackets, then the day:
// 'occurred at about 10:35 a.m. (0735 GMT) Friday'. TimeML marks the clock
// time and the day apart, but the clock time is on that Friday, not on the
// publication day. Only a bracket may stand between them: in '10 a.m., and
// on Friday' the day may belong to another event.
const bracketBetween = /^\s*\([^()]{1,24}\)\s*(?:on\s+)?$/;

const isBareClock = (m: TimeMention): boolean =>
  m.type === 'TIME' && !m.shift && m.parts?.hour !== undefined && m.parts.day === undefined && m.parts.weekday === undefined && m.parts.month === undefined;
const isDay = (m: TimeMention): boolean =>
  m.type === 'DATE' &&
  (m.shift ? m.shift.granularity === 'day' : (m.parts?.weekday !== undefined || m.parts?.day !== undefined) && m.parts.hour === undefined);

export const dateClockByLaterDay: TimeRefiner = {
  name: 'date-clock-by-later-day',
  refine(mentions, text) {
    return mentions.map((mention, i): TimeMention => {
      const day = mentions[i + 1];
      if (!day || !isBareClock(mention) || !isDay(day) || !bracketBetween.test(text.slice(mention.end, day.start))) return mention;
      const clock = { hour: mention.parts!.hour, minute: mention.parts!.minute };
      const rule = `${mention.rule}+later-${day.rule}`;
      if (day.shift) return { ...mention, rule, parts: undefined, shift: { ...day.shift, then: { ...day.shift.then, ...clock } } };
      return { ...mention, rule, parts: { ...day.parts, ...clock, partOfDay: undefined }, lean: day.lean };
    });
  },
};
