/**
 * A seeded pseudo-random source (mulberry32), so `--seed 7` makes the same
 * cases on every machine and a finding can be replayed by its case name.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Five lowercase letters and digits, unique enough within a run: names files and articles. */
  token(): string;
  /** Plausible article prose with the token in it, so no two cases store the same text. */
  sentence(): string;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const token = () => Array.from({ length: 5 }, () => pick([...'abcdefghijkmnpqrstuvwxyz23456789'])).join('');
  const sentence = () =>
    `${pick(speakers)} ${pick(cues)} on ${pick(days)} that ${pick(contents)} (ref ${token()}).`;
  return { next, int, pick, token, sentence };
}

/** The seed of case `index` of `family`: a hash, so adding a family does not change the cases of the others. */
export function caseSeed(runSeed: number, family: string, index: number): number {
  let hash = 2166136261 ^ runSeed;
  for (const char of `${family}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

const speakers = ['The Defence Ministry', 'A spokesman for the Oren Valley Front', 'Colonel Ilko Marant', 'Two villagers', 'The agency'];
const cues = ['said', 'told reporters', 'denied', 'claimed', 'confirmed'];
const days = ['Monday', 'Tuesday', 'Friday', '12 March 2025', 'the weekend'];
const contents = [
  'the commander was killed in a strike on the depot',
  'no clinic was hit',
  'the convoy crossed the border at night',
  'Vasko Dren is alive and in good health',
];
