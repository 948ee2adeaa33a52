// Calendar units for durations and shifts and their TIMEX3 letters:
// 'months' -> M, 'decade' -> DE, 'hours' -> H (a time unit, written after T).
const letters: [RegExp, string][] = [
  [/^sec/i, 'S'], [/^min/i, 'M'], [/^hour/i, 'H'], [/^(day|night)/i, 'D'], [/^(week|fortnight)/i, 'W'],
  [/^month/i, 'M'], [/^quarter/i, 'Q'], [/^year/i, 'Y'], [/^decade/i, 'DE'], [/^centur/i, 'CE'],
  [/^millenni/i, 'ML'],
];

export const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))';

export function unitLetter(written: string): string {
  return letters.find(([pattern]) => pattern.test(written))?.[1] ?? 'X';
}

export function isClockUnit(written: string): boolean {
  return /^(sec|min|hour)/i.test(written);
}

/** 'two weeks' -> P2W, 'five hours' -> PT5H, 'a fortnight' -> P2W, 'several years' -> PXY. */
export function durationValue(count: string, unit: string): string {
  let n = count;
  let letter = unitLetter(unit);
  if (/^fortnight/i.test(unit)) n = n === 'X' ? 'X' : String(Number(n) * 2);
  if (letter === 'Q' && n !== 'X') {
    n = String(Number(n) * 3);
    letter = 'M';
  }
  if (n.includes('.') && !isClockUnit(unit)) {
    // P2Y6M reads better than P2.5Y and is what TimeBank writes for '2 1/2 years'.
    const whole = Math.floor(Number(n));
    const smaller: Record<string, [number, string]> = { Y: [12, 'M'], D: [24, 'H'], W: [7, 'D'] };
    const split = smaller[letter];
    if (split) {
      const rest = Math.round((Number(n) - whole) * split[0]);
      return split[1] === 'H' ? `P${whole}DT${rest}H` : `P${whole}${letter}${rest}${split[1]}`;
    }
  }
  return isClockUnit(unit) ? `PT${n}${letter}` : `P${n}${letter}`;
}
