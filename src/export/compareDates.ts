/**
 * Orders 'YYYY-MM-DD' dates, which sort as text, with unknown dates last:
 * an undated article ('????-??-??' in `articles`) goes after every dated one.
 */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
