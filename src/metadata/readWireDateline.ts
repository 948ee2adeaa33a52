import { parseDateString } from './parseDateString.js';

/*
 * Agency copy opens with a dateline: a place in capitals, perhaps a region,
 * a day, and the agency in brackets before the dash:
 * 'WASHINGTON, Oct 27, 2019 (Reuters) - ...', 'HALVEK, Lessaria, April 5 (MPA) - ...',
 * 'VARDEN, Marennia, Aug. 14 — Vasko Dren ...', 'WASHINGTON (AP) — ...'.
 * A dateline without a year takes it from the page's copyright line
 * ('© 2025 The Frontier Dispatch'), the only place a template prints it;
 * without one the day stays unknown rather than guessed.
 */
const PLACE = "[\\p{Lu}][\\p{Lu} .'’-]{2,40}(?:, [\\p{Lu}][\\p{L} .'’-]{1,30}){0,2}";
const MONTH_DAY = '((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})(?:,? ((?:19|20)\\d{2}))?\\b';
const WIRE_DATELINE = new RegExp(`^${PLACE},? ${MONTH_DAY}`, 'u');
/** The agency in brackets right before the dateline's dash: '(Reuters) -', '(AP) —', '(dpa) –'. */
const DATELINE_AGENCY = new RegExp(`^${PLACE}(?:,? ${MONTH_DAY})?\\s*\\(([\\p{L}][\\p{L}\\p{N}.&' -]{0,38}[\\p{L}.])\\)\\s*[-–—]`, 'u');
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})(?!\d)/i;

export interface WireDate {
  date: string;
  dateline: string;
  /** Where the year came from: the dateline itself, or the page's copyright line. */
  year: 'dateline' | 'copyright';
}

export function readWireDateline(firstBodyParagraph: string, pageTexts: readonly string[]): WireDate | null {
  const match = WIRE_DATELINE.exec(firstBodyParagraph);
  if (!match) return null;
  const monthDay = match[1].replace('.', '');
  if (match[2]) {
    const date = parseDateString(`${monthDay} ${match[2]}`);
    return date ? { date, dateline: match[0], year: 'dateline' } : null;
  }
  const years = pageTexts.map((text) => COPYRIGHT_YEAR.exec(text)?.[1]).filter((year): year is string => Boolean(year));
  if (!years.length) return null;
  const date = parseDateString(`${monthDay} ${years[0]}`);
  return date ? { date, dateline: match[0], year: 'copyright' } : null;
}

/** The agency a dateline names: 'Reuters' from 'WASHINGTON, Oct 27, 2019 (Reuters) - ...'; null when there is none. */
export function readDatelineAgency(firstBodyParagraph: string): string | null {
  return DATELINE_AGENCY.exec(firstBodyParagraph)?.[3]?.trim() ?? null;
}
