import type { QuotedSpan, TimePart, TimeType } from '../types.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/** Calendar fields as written; resolution fills the missing, coarser ones. */
export interface CalendarParts {
  century?: number;
  decade?: number;
  year?: number;
  season?: Season;
  quarter?: number;
  half?: number;
  month?: number;
  week?: number;
  weekend?: boolean;
  day?: number;
  /** ISO numbering: Monday 1 ... Sunday 7. */
  weekday?: number;
  partOfDay?: PartOfDay;
  /** 'thanksgiving': its day depends on the year, so it is dated again once the year is known. */
  holiday?: string;
  hour?: number;
  minute?: number;
}

export type CalendarUnit = 'century' | 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'weekend' | 'day' | 'season';

/**
 * A value counted from an anchor: 'last year' is year -1 from the publication
 * date, 'a year earlier' is year -1 from the previous time expression.
 */
export interface Shift {
  unit: CalendarUnit;
  amount: number;
  /**
   * 'reported' is the period a report looks back on: 'the quarter' in a
   * late-October earnings story is the third quarter, which ended weeks before.
   */
  from: 'publication' | 'previous' | 'reported';
  /** The unit of the value written out: 'a week ago' names a day, 'last week' a week. */
  granularity: CalendarUnit;
  /**
   * Earnings reports count in quarters: 'a year ago' right after 'the third
   * quarter' is that quarter a year before (1988-Q3), not just 1988.
   */
  keepPrevious?: boolean;
  /** Fields to set after shifting: 'May last year' keeps month 5 of the shifted year. */
  then?: CalendarParts;
}

/**
 * Where an unanchored weekday or month falls: 'Thursday' in a news report is
 * the last Thursday on or before the publication date (past), 'next Friday' is
 * after it, 'last November' is strictly before the current month. In a
 * sentence about the future a month lies ahead ('will vote in January' in
 * June is next January), unless it has only just passed ('will be discussed
 * after the strike in May', in June).
 */
export type Lean = 'past' | 'future' | 'strict-past' | 'strict-future' | 'this' | 'ahead';

/** A parser's candidate before values are resolved against an anchor. */
export interface TimeMention extends QuotedSpan {
  type: TimeType;
  rule: string;
  stated: TimePart[];
  /** A complete value that needs no anchor: P5M, PRESENT_REF, 2014. */
  value?: string;
  parts?: CalendarParts;
  shift?: Shift;
  lean?: Lean;
  /** Index of the paragraph it was found in: the year of a caption's date carries only within it. */
  paragraph?: number;
  /** TIMEX3 mod: 'late May' is 2017-05 with mod END. */
  mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN';
}
