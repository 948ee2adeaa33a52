import { parseDateString } from './parseDateString.js';

/*
 * Agency copy opens with a dateline: a place in capitals, perhaps a region,
 * a day, and the agency in brackets before the dash:
 * 'WASHINGTON, Oct 27, 2019 (Reuters) - ...', 'HALVEK, Lessaria, April 5 (MPA) - ...',
 * 'VARDEN, Marennia, Aug. 14 — Vasko Dren ...', 'WASHINGTON (AP) — ...'.
 * A dateline without a year takes it from the page's copyright line
 * ('© 2025 The Frontier Dispatch'), the only place a template prints it;
 * without one only its month and day are read, and the year is left to the
 * story the article belongs to (storyYear.ts), never guessed from the page.
 */
const PLACE = "[\\p{Lu}][\\p{Lu} .'’-]{2,40}(?:, [\\p{Lu}][\\p{L} .'’-]{1,30}){0,2}";
const MONTH_DAY = '((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})(?:,? ((?:19|20)\\d{2}))?\\b';
const WIRE_DATELINE = new RegExp(`^${PLACE},? ${MONTH_DAY}`, 'u');
/** The agency in brackets right before the dateline's dash: '(Reuters) -', '(AP) —', '(dpa) –'. */
const DATELINE_AGENCY = new RegExp(`^${PLACE}(?:,? ${MONTH_DAY})?\\s*\\(([\\p{L}][\\p{L}\\p{N}.&' -]{0,38}[\\p{L}.])\\)\\s*[-–—]`, 'u');
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})(?!\d)/i;

export interface WireDate {
  /** YYYY-MM-DD; null when neither the dateline nor the page states the year. */
  date: string | null;
  /** MM-DD, known whether or not the year is: '04-05' from 'HALVEK, Lessaria, April 5 (MPA) -'. */
  monthDay: string;
  dateline: string;
  /** Where the year came from: the dateline itself, the page's copyright line, or nowhere. */
  year: 'dateline' | 'copyright' | null;
}

/** 2000 was a leap year, so 'Feb 29' is a month and day too. */
const monthDayOf = (monthDay: string): string | null => parseDateString(`${monthDay} 2000`)?.slice(5) ?? null;

export function readWireDateline(firstBodyParagraph: string, pageTexts: readonly string[]): WireDate | null {
  const match = WIRE_DATELINE.exec(firstBodyParagraph);
  if (!match) return null;
  const written = match[1].replace('.', '');
  if (match[2]) {
    const date = parseDateString(`${written} ${match[2]}`);
    return date ? { date, monthDay: date.slice(5), dateline: match[0], year: 'dateline' } : null;
  }
  const monthDay = monthDayOf(written);
  if (!monthDay) return null;
  const years = pageTexts.map((text) => COPYRIGHT_YEAR.exec(text)?.[1]).filter((year): year is string => Boolean(year));
  const date = years.length ? parseDateString(`${written} ${years[0]}`) : null;
  if (date) return { date, monthDay, dateline: match[0], year: 'copyright' };
  return { date: null, monthDay, dateline: match[0], year: null };
}

/** The agency a dateline names: 'Reuters' from 'WASHINGTON, Oct 27, 2019 (Reuters) - ...'; null when there is none. */
export function readDatelineAgency(firstBodyParagraph: string): string | null {
  return DATELINE_AGENCY.exec(firstBodyParagraph)?.[3]?.trim() ?? null;
}
