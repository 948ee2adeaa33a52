import { isoDate } from './parseDateString.js';

/*
 * Dates that CMSs write into article paths, as data, most specific first.
 * Only full days count: '/2017/06/' says the month, not the day.
 */
const URL_DATES: readonly { name: string; pattern: RegExp; example: string }[] = [
  { name: 'slashed', pattern: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[^\d])/, example: '/news/2017/06/16/russian-military-says' },
  { name: 'dashed', pattern: /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/, example: '/2017-06-16/russian-military' },
  { name: 'compact', pattern: /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/, example: '/20170616/russian-military' },
];

/** The publication day a URL's path states, or null. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const { pattern } of URL_DATES) {
    const match = pattern.exec(path);
    const date = match && isoDate(+match[1], +match[2], +match[3]);
    if (date) return date;
  }
  return null;
}
