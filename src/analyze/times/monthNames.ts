// Month names as news writes them: 'September', 'Sept.', 'Sep', 'Nov.'.
const names: [RegExp, number][] = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12],
];

/** Capitalised full names and dotted abbreviations; bare 'Mar' or 'Jan' alone would catch names. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.|(?:Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug)(?= \\d))';

export function monthNumber(written: string): number {
  return names.find(([pattern]) => pattern.test(written))?.[1] ?? 0;
}
