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

/**
 * A day written before its month and year, as European sites do
 * ('/meldungen/29-10-2021', '/29.10.2021/'), or after the month, as American
 * ones do ('/10-29-2021/'). Which of the two comes first is known only when
 * one of them is past 12; '/03-04-2021/' could be either, so it says neither.
 */
const dayOrMonthFirst = /[/_-](\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?:[/_.-]|$)/;

function dayOrMonthFirstDate(path: string): string | null {
  const match = dayOrMonthFirst.exec(path);
  if (!match) return null;
  const [first, second, year] = [+match[1], +match[2], +match[3]];
  if (first > 12 && second <= 12) return isoDate(year, second, first);
  if (second > 12 && first <= 12) return isoDate(year, first, second);
  return null;
}

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
  return dayOrMonthFirstDate(path);
}
