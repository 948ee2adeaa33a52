/**
 * The stored articles' search vectors held in memory, ranked as the store
 * ranks them, so a list of a thousand claims finds its candidates in one
 * pass over the vectors instead of one full-text query a claim (on a
 * one-story store every query matches nearly every article, and the store
 * ranks every match: 25 ms a claim on 1,000 articles). The rank is
 * PostgreSQL's `ts_rank` with its default weights, computed in the same
 * single-precision steps, so the candidates and their order are the
 * store's own (test/check/fullTextIndex.test.ts compares them).
 */

/** ts_rank's default weights by weight letter: D 0.1, C 0.2, B 0.4, A 1.0, as single-precision floats. */
const weightOf: Record<string, number> = { A: 1, B: Math.fround(0.4), C: Math.fround(0.2), D: Math.fround(0.1) };

/** The limit of Σ 1/i², by which ts_rank divides a word's weight. */
const sumOfInverseSquares = 1.64493406685;

const f32 = Math.fround;

/**
 * What one word of an article adds to its rank against a query holding it,
 * before dividing by the query's size: PostgreSQL's calc_rank_or for one
 * entry ('kill':5B,40B → positions weighted 0.4 and 0.4).
 */
export function wordRank(weights: number[]): number {
  let sum = 0;
  let heaviest = -1;
  let heaviestAt = 0;
  weights.forEach((weight, j) => {
    sum = f32(sum + f32(weight / ((j + 1) * (j + 1))));
    if (weight > heaviest) {
      heaviest = weight;
      heaviestAt = j;
    }
  });
  return (f32(f32(heaviest + sum) - f32(heaviest / ((heaviestAt + 1) * (heaviestAt + 1))))) / sumOfInverseSquares;
}

/**
 * A search vector as PostgreSQL writes it ("'kill':5B,40B 'o''neill':3A"),
 * as each word with the weights of its positions in order (no letter: D).
 */
export function parseSearchVector(text: string): Map<string, number[]> {
  const words = new Map<string, number[]>();
  const entry = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/gu;
  for (const [, quoted, positions] of text.matchAll(entry)) {
    const word = quoted.replace(/''/gu, "'").replace(/\\\\/gu, '\\');
    const weights = positions ? positions.split(',').map((position) => weightOf[position.at(-1)!] ?? weightOf.D) : [weightOf.D];
    words.set(word, weights);
  }
  return words;
}

/**
 * The words of a query that only ORs words ("'dren' | 'kill' | 'halvek'"),
 * in the order ts_rank visits them (sorted bytewise, without repeats), or
 * null for any other query (a phrase, 'a' <-> 'b', matches and ranks
 * otherwise; plainto_tsquery gives none today, even for 'al-Baghdadi',
 * whose parts it ANDs), which is left to the store.
 */
export function orQueryWords(query: string): string[] | null {
  if (query.trim() === '') return [];
  const parts = query.split(/\s+\|\s+/u);
  const words: string[] = [];
  for (const part of parts) {
    const match = /^'((?:[^']|'')*)'$/u.exec(part.trim());
    if (!match) return null;
    words.push(match[1].replace(/''/gu, "'").replace(/\\\\/gu, '\\'));
  }
  const bytes = [...new Set(words)].map((word) => ({ word, bytes: Buffer.from(word, 'utf8') }));
  return bytes.sort((a, b) => Buffer.compare(a.bytes, b.bytes)).map(({ word }) => word);
}

/** The articles holding one word, and what the word adds to each one's rank. */
interface Postings {
  articles: number[];
  ranks: number[];
}

/**
 * The articles' vectors as word → the articles holding it, each with what
 * the word adds to its rank. The vectors come in the store's order of ids,
 * so an article's place is its place among equal ranks.
 */
export class FullTextIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly ids: string[] = [];
  /** Each article's rank against the query being ranked, single-precision as ts_rank's sum is. */
  private readonly sums: Float32Array;

  constructor(vectorsById: { id: string; search: string }[]) {
    for (const { id, search } of vectorsById) {
      const article = this.ids.push(id) - 1;
      for (const [word, weights] of parseSearchVector(search)) {
        let list = this.postings.get(word);
        if (!list) this.postings.set(word, (list = { articles: [], ranks: [] }));
        list.articles.push(article);
        list.ranks.push(wordRank(weights));
      }
    }
    this.sums = new Float32Array(this.ids.length);
  }

  /**
   * The `limit` articles holding any of the query's words, best first by
   * ts_rank, then by id, as findCheckCandidates orders them.
   */
  candidates(words: string[], limit: number): string[] {
    const touched: number[] = [];
    for (const word of words) {
      const list = this.postings.get(word);
      if (!list) continue;
      for (let i = 0; i < list.articles.length; i++) {
        const article = list.articles[i];
        if (this.sums[article] === 0) touched.push(article);
        this.sums[article] += list.ranks[i];
      }
    }
    const ranks = touched.map((article) => f32(this.sums[article] / words.length));
    const order = touched.map((_, i) => i).sort((a, b) => ranks[b] - ranks[a] || touched[a] - touched[b]);
    for (const article of touched) this.sums[article] = 0;
    return order.slice(0, limit).map((i) => this.ids[touched[i]]);
  }
}

/** ts_rank of one parsed vector against the words of an OR query (orQueryWords order): what the index sums, for one article. */
export function rankOf(vector: Map<string, number[]>, words: string[]): number {
  const sum = new Float32Array(1);
  for (const word of words) {
    const weights = vector.get(word);
    if (weights) sum[0] += wordRank(weights);
  }
  return words.length ? f32(sum[0] / words.length) : 0;
}
