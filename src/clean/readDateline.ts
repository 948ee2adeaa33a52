/*
 * A block that is nothing but a date is a dateline the page template printed
 * ('• December 4, 2021', 'Published: 16 June 2017 10:42', 'Updated Fri 16 Jun
 * 2017'). It is not article text, but it is a publication-date candidate, so
 * it is removed from the body and handed to metadata as 'text-dateline'.
 */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
const TIME = '(?:\\s*(?:at\\s*|[-–|,]\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?';
const DATE = [
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, // December 4, 2021
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`, // 4 December 2021
  '\\d{4}-\\d{2}-\\d{2}', // 2021-12-04
  '\\d{1,2}[./]\\d{1,2}[./]\\d{4}', // 04.12.2021, 12/04/2021
].join('|');
const LEAD = '(?:[•·|–-]\\s*)?(?:(?:published|posted|updated|last updated|date)(?: on)?:?\\s*)?';

const DATELINE = new RegExp(`^${LEAD}(?:${WEEKDAY}\\s*)?(${DATE})${TIME}$`, 'i');

/** The date written in a dateline block, or null when the block is more than a date. */
export function readDateline(text: string): string | null {
  const match = DATELINE.exec(text);
  return match ? match[1] : null;
}

const DATE_INSIDE = new RegExp(`(?:^|[^\\p{L}\\d])(${DATE})(?![\\d])`, 'iu');

/** A full date anywhere in a short template line: 'Nell Carrow · 16 August 2025 · 7 min read' gives '16 August 2025'. */
export function findDateIn(text: string): string | null {
  return DATE_INSIDE.exec(text)?.[1] ?? null;
}
