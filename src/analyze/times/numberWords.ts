// Counts written in words or digits, for durations and shifts: 'five months',
// 'twenty four hours', '2 1/2 years', 'a few days' (an unknown count, X).

const units: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const vague = ['a few', 'few', 'several', 'some', 'many', 'a number of', 'a couple of', 'a couple', 'couple of', 'dozens of', 'hundreds of', 'a dozen'];

const unitWords = Object.keys(units).filter((w) => w.length > 2).join('|');
const tenWords = Object.keys(tens).join('|');

/**
 * The count alternatives, longest first so 'twenty four' wins over 'twenty':
 * '46', '1.5', '2 1/2', 'twenty-four', 'a hundred', 'a couple of', 'a'.
 */
export const COUNT = `(?:\\d+(?:\\.\\d+)?(?: \\d/\\d)?|(?:${tenWords})(?:[- ](?:${unitWords}))?|(?:a |one )?hundred|(?:a |one )?thousand|${vague.join('|')}|${unitWords}|an|a)`;

/** The count as a TIMEX3 number: 'five' -> '5', '2 1/2' -> '2.5', 'several' -> 'X'. */
export function countValue(written: string): string | null {
  const w = written.toLowerCase().replace(/-/g, ' ').trim();
  if (/^\d/.test(w)) {
    const [whole, fraction] = w.split(' ');
    if (!fraction) return String(Number(whole));
    const [n, d] = fraction.split('/').map(Number);
    return String(Number(whole) + n / d);
  }
  if (w === 'a couple of' || w === 'a couple' || w === 'couple of') return '2';
  if (w === 'a dozen') return '12';
  if (vague.includes(w)) return 'X';
  if (/^(a |one )?hundred$/.test(w)) return '100';
  if (/^(a |one )?thousand$/.test(w)) return '1000';
  const [first, second] = w.split(' ');
  if (first in tens) return String(tens[first] + (second ? units[second] ?? 0 : 0));
  return first in units ? String(units[first]) : null;
}
