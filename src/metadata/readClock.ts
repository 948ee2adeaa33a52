import { parseDateString } from './parseDateString.js';

/*
 * The day and clock a timestamp is written in, and its offset from UTC when
 * it states one. The day is the one written: '2020-04-13T21:30:00-04:00' is
 * 13 April at 21:30, offset -240 minutes, the day a reader in New York saw.
 * 'Z' and '+00:00' are offset 0; a time with no zone ('2023-11-08 17:49:09',
 * 'February 24, 2020 | 9:25pm') has offset null.
 */
export interface Clock {
  day: string;
  /** Minutes after midnight on the clock as written. */
  minutes: number;
  seconds: number | null;
  /** Minutes east of UTC; null when the text states no zone. */
  offset: number | null;
}

const ISO_TIME = /^\d{4}-?\d{2}-?\d{2}[T ](\d{1,2}):(\d{2})(?::(\d{1,2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// A printed time after the date: '9:25pm', '6:09 p.m.', '21.30 Uhr', '21h30', '21:15:30' (its seconds read, not refused as a date's '.30').
const PRINTED_TIME = /(?:^|[^\d:])(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?![\d.:]\d)\s*([ap])?\.?m?\.?/i;
const MINUTES_PER_DAY = 1440;

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  if (/^z$/i.test(zone)) return 0;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (+hours * 60 + +(minutes ?? 0));
}

function twelveHour(hours: number, meridiem: string | undefined): number {
  if (!meridiem) return hours;
  const pm = meridiem.toLowerCase() === 'p';
  return (hours % 12) + (pm ? 12 : 0);
}

/** The clock of a timestamp or printed date-and-time, or null when it states no time of day. */
export function readClock(value: string): Clock | null {
  const text = value.trim();
  const day = parseDateString(text);
  if (!day) return null;
  const iso = ISO_TIME.exec(text);
  if (iso) return { day, minutes: +iso[1] * 60 + +iso[2], seconds: iso[3] === undefined ? null : +iso[3], offset: offsetMinutes(iso[4]) };
  const printed = PRINTED_TIME.exec(text);
  if (!printed) return null;
  const hours = twelveHour(+printed[1], printed[4]);
  if (hours > 23 || +printed[2] > 59) return null;
  return { day, minutes: hours * 60 + +printed[2], seconds: printed[3] === undefined ? null : +printed[3], offset: null };
}

/** A time followed by 'Z' or '+00:00': an instant, not the clock of the place it was published. */
export const isUtcInstant = (clock: Clock | null): clock is Clock => clock !== null && clock.offset === 0;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Minutes from the UTC instant to the other clock's wall time. */
function wallGap(utc: Clock, other: Clock): number {
  return (dayNumber(other.day) - dayNumber(utc.day)) * MINUTES_PER_DAY + other.minutes - utc.minutes;
}

/*
 * Whether another clock writes the same instant as a UTC one, in the local
 * time of some zone: '2023-11-08 17:49:09' is '2023-11-09T01:49:09Z' eight
 * hours west. Zones are whole or half hours from UTC, between -12 and +14
 * hours; seconds, when both write them, must agree. A clock with its own
 * offset must be the same instant exactly.
 */
const HALF_HOUR = 30;
const WEST_MOST = -12 * 60;
const EAST_MOST = 14 * 60;

export function writesSameInstant(utc: Clock, other: Clock): boolean {
  if (utc.seconds !== null && other.seconds !== null && utc.seconds !== other.seconds) return false;
  const gap = wallGap(utc, other);
  if (other.offset !== null) return gap === other.offset;
  return gap % HALF_HOUR === 0 && gap >= WEST_MOST && gap <= EAST_MOST;
}

/*
 * Whether a UTC instant falls on the given day where news is published,
 * from Hawaii (-10 hours) to New Zealand in summer (+13): the next day east
 * of UTC needs the instant at 11:00 or later, the previous day west of it
 * one before 10:00 ('2020-04-14T02:00:00Z' is the evening of the 13th in New
 * York; '2020-07-09T10:04:04Z' is the 9th everywhere from Honolulu east).
 */
const NEWS_WEST_MOST = -10 * 60;
const NEWS_EAST_MOST = 13 * 60;

export function couldBeLocalDay(utc: Clock, day: string): boolean {
  const days = dayNumber(day) - dayNumber(utc.day);
  if (days === 0) return true;
  if (days === 1) return utc.minutes + NEWS_EAST_MOST >= MINUTES_PER_DAY;
  if (days === -1) return utc.minutes + NEWS_WEST_MOST < 0;
  return false;
}
