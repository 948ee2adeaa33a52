/**
 * The baseline for grouping Emergent headlines: tf-idf vectors of headline
 * words (lowercased, stopwords out), cosine similarity, single-link
 * clustering at a threshold (two headlines at or above it share a cluster,
 * and so, transitively, do their neighbours).
 * Example: "Apple Watch sales to hit 19 million" and "BMO: 19M Apple Watch
 * sales in 2015" share "apple", "watch", "sales", "19".
 */

// A short English function-word list: the words that carry no topic.
const stopwords = new Set(
  (
    'a about after again against all am an and any are as at be been before being below between both but by can could did do does doing down during each ' +
    'few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor ' +
    'not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then ' +
    'there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'yourself yourselves says said say report reports reported via new'
  ).split(' '),
);

/** "Apple's Watch: 19M sales!" -> ['apple', 'watch', '19m', 'sales'] ("'s" dropped). */
export function headlineWords(headline: string): string[] {
  return (headline.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !stopwords.has(w));
}

type Vector = Map<string, number>;

/** Unit-length tf-idf vectors, idf = ln(N / df) + 1 over the given headlines. */
export function tfidfVectors(headlines: readonly string[]): Vector[] {
  const words = headlines.map(headlineWords);
  const df = new Map<string, number>();
  for (const list of words) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  return words.map((list) => {
    const v: Vector = new Map();
    for (const w of list) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, tf * (Math.log(headlines.length / df.get(w)!) + 1));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    if (norm) for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
  return sum;
}

/** Every pair with a similarity above zero, computed once and reused for each threshold. */
export function similarPairs(vectors: readonly Vector[]): { i: number; j: number; similarity: number }[] {
  const pairs: { i: number; j: number; similarity: number }[] = [];
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const similarity = cosine(vectors[i], vectors[j]);
      if (similarity > 0) pairs.push({ i, j, similarity });
    }
  }
  return pairs;
}

/** Single-link clusters at THRESHOLD: a cluster label ('c17') per item. */
export function singleLink(count: number, pairs: readonly { i: number; j: number; similarity: number }[], threshold: number): string[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const { i, j, similarity } of pairs) if (similarity >= threshold) parent[find(i)] = find(j);
  return Array.from({ length: count }, (_, i) => `c${find(i)}`);
}
