/**
 * Time expressions as TIMEX3 values, resolved against the publication date.
 *
 * Why our own rules rather than chrono-node: chrono is built to turn one
 * phrase into one instant, while TimeML needs spans and values of a different
 * kind. On news text it joins neighbours ('last year, this week'), reads
 * 'Sun' (the newspaper) and lower-case 'march' as dates, resolves 'Nov. 3'
 * forwards, has no durations, seasons, quarters, decades, sets or
 * PAST_REF/PRESENT_REF, and keeps no TimeML modifiers ('nearly three years').
 * Correcting each of those would have cost more code than the rules, so we
 * keep chrono's shape (ordered parsers, each a pattern and an extract step,
 * then refiners; stated vs inferred parts) with HeidelTime-style rules and
 * TimeBank's conventions for spans and values.
 *
 * Decisions where TimeML leaves room:
 * - A day without a year leans to the past from the publication date, a
 *   little ahead is allowed for what is scheduled, and a clause about the
 *   future turns it forwards (leanTowardsPast, leanWithTense).
 * - A year stated by a full date carries to a later day in the same
 *   paragraph only ('This July 5, 2014 photo ... on June 29').
 * - 'the fourth day' (of an offensive) and 'at the time' are not marked:
 *   their anchor is an event, not a time, and a value would be a guess.
 * - 'overnight to May 28' keeps the date the source states, May 28.
 * - 'recent months' is PAST_REF, 'the year' alone a year-long DURATION.
 */
import type { AnalysisContext, AnalyzedDocument, Stage, TimeExpression } from '../types.js';
import { parseIsoDay } from './calendarDay.js';
import { parseCalendarDate } from './parsers/parseCalendarDate.js';
import { parseCentury } from './parsers/parseCentury.js';
import { parseClockTime } from './parsers/parseClockTime.js';
import { parseCountedShift } from './parsers/parseCountedShift.js';
import { parseDayOfMonth } from './parsers/parseDayOfMonth.js';
import { parseDecade } from './parsers/parseDecade.js';
import { parseDuration } from './parsers/parseDuration.js';
import { parseHoliday } from './parsers/parseHoliday.js';
import { parseMonthName } from './parsers/parseMonthName.js';
import { parseMonthYear } from './parsers/parseMonthYear.js';
import { parseNumericDate } from './parsers/parseNumericDate.js';
import { parseQuarter } from './parsers/parseQuarter.js';
import { parseRelativeDay } from './parsers/parseRelativeDay.js';
import { parseRelativePeriod } from './parsers/parseRelativePeriod.js';
import { parseSeason } from './parsers/parseSeason.js';
import { parseSet } from './parsers/parseSet.js';
import { parseSpelledYear } from './parsers/parseSpelledYear.js';
import { parseVagueReference } from './parsers/parseVagueReference.js';
import { parseWeekday } from './parsers/parseWeekday.js';
import { parseYear } from './parsers/parseYear.js';
import { combineAdjacent } from './refiners/combineAdjacent.js';
import { dateClockByLaterDay } from './refiners/dateClockByLaterDay.js';
import { dropNameParts } from './refiners/dropNameParts.js';
import { keepLongest } from './refiners/keepLongest.js';
import { leanWithTense } from './refiners/leanWithTense.js';
import { resolveValues } from './resolveValues.js';
import type { TimeParser, TimeRefiner } from './TimeParser.js';
import type { TimeMention } from './TimeMention.js';

/** On equal spans the earlier parser wins, so the most specific readings come first. */
export const timeParsers: readonly TimeParser[] = [
  parseCalendarDate,
  parseNumericDate,
  parseHoliday,
  parseDayOfMonth,
  parseMonthYear,
  parseMonthName,
  parseWeekday,
  parseClockTime,
  parseYear,
  parseSpelledYear,
  parseDecade,
  parseCentury,
  parseQuarter,
  parseSeason,
  parseRelativeDay,
  parseCountedShift,
  parseRelativePeriod,
  parseDuration,
  parseVagueReference,
  parseSet,
];

/**
 * Names go first (a 'Today' in 'Korvath Today' must not win an overlap), then
 * overlaps so that neighbours are combined from clean, ordered spans; tense
 * on the final spans; a clock time takes a later day's date once that day's
 * lean is settled.
 */
export const timeRefiners: readonly TimeRefiner[] = [dropNameParts, keepLongest, combineAdjacent, leanWithTense, dateClockByLaterDay];

/** Runs the parsers and refiners over one paragraph; offsets are relative to `text`. */
export function parseTimes(text: string, paragraph = 0): TimeMention[] {
  let mentions: TimeMention[] = [];
  for (const parser of timeParsers) {
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const mention = parser.extract(match, text);
      if (mention) mentions.push({ ...mention, paragraph });
    }
  }
  for (const refiner of timeRefiners) mentions = refiner.refine(mentions, text);
  return mentions;
}

/** Finds the time expressions of a whole text, paragraph by paragraph, and resolves their values. */
export function timesInText(text: string, paragraphs: { start: number; end: number }[], referenceDate: string | null): TimeExpression[] {
  const ranges = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  const mentions = ranges.flatMap((range, index) =>
    parseTimes(text.slice(range.start, range.end), index).map((m) => ({ ...m, start: m.start + range.start, end: m.end + range.start })),
  );
  return resolveValues(mentions, referenceDate ? parseIsoDay(referenceDate) : null);
}

export const findTimes: Stage = {
  name: 'findTimes',
  run(doc: AnalyzedDocument, context: AnalysisContext) {
    return { times: timesInText(doc.text, doc.paragraphs, context.referenceDate) };
  },
};
