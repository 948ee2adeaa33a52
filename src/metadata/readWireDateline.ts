import { parseDateString } from './parseDateString.js';

/*
 * Agency copy opens with a dateline that gives month and day but no year:
 * 'VARDEN, Marennia, Aug. 14 — Vasko Dren ...', 'HALVEK, Lessaria, April 5 (MPA) - ...'.
 * The year then comes from the page's copyright line ('© 2025 The Frontier
 * Dispatch'), the only place a template prints it; without one the day stays
 * unknown rather than guessed.
 */
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{2,40}(?:, [\p{Lu}][\p{L} .'’-]{1,30}){0,2},? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\b/u;
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})(?!\d)/i;

export interface WireDate {
  date: string;
  dateline: string;
}

export function readWireDateline(firstBodyParagraph: string, pageTexts: readonly string[]): WireDate | null {
  const match = WIRE_DATELINE.exec(firstBodyParagraph);
  if (!match) return null;
  const years = pageTexts.map((text) => COPYRIGHT_YEAR.exec(text)?.[1]).filter((year): year is string => Boolean(year));
  if (!years.length) return null;
  const date = parseDateString(`${match[1].replace('.', '')} ${years[0]}`);
  return date ? { date, dateline: match[0] } : null;
}
