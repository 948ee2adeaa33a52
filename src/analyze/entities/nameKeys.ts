/**
 * Names compared the way a reader compares them: case, diacritics, the Arabic
 * article and possessives do not matter ('Al-Baghdadi’s' ~ 'al-Baghdadi' ~
 * 'Baghdadi'), and one slip of the keyboard in a long surname is forgiven
 * ('Al-Bagdhadi' ~ 'Baghdadi').
 */

/** Particles that carry no identity on their own: 'Osama bin Laden' and 'Osama Laden' are one man. */
const particles = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'an', 'ash', 'az', 'ud', 'bin', 'ibn', 'bint', 'de', 'da', 'du', 'di', 'van', 'von', 'der', 'le', 'la', 'the']);

/** Below this length a one-letter difference is another name ('Bali' vs 'Bari'). */
const fuzzyMinimumLength = 6;

export function nameKeys(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter((key) => key.length > 0 && !particles.has(key));
}

/** Optimal string alignment distance, stopping early once it passes 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
    }
    if (Math.min(...current) > 1) return false;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] <= 1;
}

export function sameNameKey(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= fuzzyMinimumLength && withinOneEdit(a, b);
}

/** Every key of `part` appears in `whole`: 'Baghdadi' in 'Abu Bakr al-Baghdadi', 'Abu Bakr al-Baghdadi' in 'Ibrahim Abu-Bakr Al-Baghdadi'. */
export function keysWithin(part: string[], whole: string[]): boolean {
  return part.every((key) => whole.some((other) => sameNameKey(key, other)));
}

/** A shorter mention of the same person: same surname, and no word the fuller name lacks ('Mr Basri' -> 'Abu Ali al-Basri'). */
export function isShortFormOf(short: string[], full: string[]): boolean {
  if (short.length === 0 || full.length === 0) return false;
  return sameNameKey(short[short.length - 1], full[full.length - 1]) && (keysWithin(short, full) || keysWithin(full, short));
}
