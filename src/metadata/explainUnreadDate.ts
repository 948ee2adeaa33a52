import { MAX_YEAR, MIN_YEAR } from './parseDateString.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/*
 * Why parseDateString gave up on a supplied date, for the warning that the
 * date was ignored. Numeric forms are taken apart as parseDateString reads
 * them (year first, or day.month.year, or month/day/year), so '2017-02-30'
 * says February 2017 has 28 days and '1899-12-31' says the year is out of range.
 */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const YEAR_LAST = /^(\d{1,2})[./-]\s?(\d{1,2})[./-]\s?(\d{4})(?!\d)/;

export function explainUnreadDate(input: string): string {
  const text = input.trim();
  if (!text) return 'it is empty';
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return whyNotADay(+yearFirst[1], +yearFirst[2], +yearFirst[3]);
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast) {
    const [first, second, year] = [+yearLast[1], +yearLast[2], +yearLast[3]];
    const dayFirst = text[yearLast[1].length] === '.' || first > 12;
    return whyNotADay(year, dayFirst ? second : first, dayFirst ? first : second);
  }
  if (!/\d{4}/.test(text)) return 'it states no year (words like "yesterday" or "Thursday" need a day to count from)';
  const year = Number(/\d{4}/.exec(text)![0]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `its year ${year} is outside ${MIN_YEAR} to ${MAX_YEAR}`;
  return 'it does not state a whole calendar day in a form that is read (such as 2017-06-16, 16 June 2017 or 06/16/2017)';
}

function whyNotADay(year: number, month: number, day: number): string {
  if (year < MIN_YEAR || year > MAX_YEAR) return `its year ${year} is outside ${MIN_YEAR} to ${MAX_YEAR}`;
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has no day ${day}`;
  return 'it is not a date in a form that is read (such as 2017-06-16, 16 June 2017 or 06/16/2017)';
}
