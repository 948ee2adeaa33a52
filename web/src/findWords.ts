/**
 * Where the words that decided a stance sit in the sentence, as [start, end)
 * offsets: the check gives the words as written ('not', 'no confirmation'),
 * not their place. A whole-word match comes first ('not' in 'was not
 * believed', not in 'nothing'); any other match is the fallback. Each word is
 * marked once, at its first place that no earlier word holds.
 */
export function findWords(text: string, words: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  const free = (start: number, end: number) => found.every(([s, e]) => end <= s || start >= e);
  for (const word of words) {
    const needle = word.trim().toLowerCase();
    if (!needle) continue;
    const places: number[] = [];
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) places.push(at);
    const open = places.filter((at) => free(at, at + needle.length));
    const whole = open.find((at) => !isWordChar(lower[at - 1]) && !isWordChar(lower[at + needle.length]));
    const chosen = whole ?? open[0];
    if (chosen !== undefined) found.push([chosen, chosen + needle.length]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
