import { FullTextIndex, orQueryWords } from '../relate/check/fullTextIndex.js';
import type { Queryable } from '../store/Database.js';
import { findCheckCandidates } from '../store/findCheckCandidates.js';
import { candidateQueries, countArticles, loadSearchVectors } from '../store/loadSearchVectors.js';

/**
 * A list this short asks the store claim by claim: reading every article's
 * vector costs about as much as a few full-text queries (each of which
 * ranks nearly every article on a one-story store).
 */
export const claimsForIndex = 5;

/** Over this many stored articles, the vectors are not held in memory (about 300 words an article). */
export const articlesForIndex = 20_000;

/**
 * The candidate articles of each claim, best first, as findCheckCandidates
 * gives them: for a list, ranked in memory over every article's search
 * vector, read once; a claim whose query is more than words ORed, a
 * short list or a large store, by the store's own query.
 */
export async function findListCandidates(db: Queryable, claims: string[], limit: number): Promise<string[][]> {
  const byStore = (claim: string) => findCheckCandidates(db, claim, { limit });
  if (claims.length < claimsForIndex || (await countArticles(db)) > articlesForIndex) return inOrder(claims, byStore);
  const queries = await candidateQueries(db, claims);
  const index = new FullTextIndex(await loadSearchVectors(db));
  return inOrder(claims, async (claim, i) => {
    const words = orQueryWords(queries[i]);
    return words ? index.candidates(words, limit) : byStore(claim);
  });
}

/** One claim after another: the embedded store answers one query at a time anyway. */
async function inOrder<T>(claims: string[], find: (claim: string, index: number) => Promise<T> | T): Promise<T[]> {
  const found: T[] = [];
  for (const [i, claim] of claims.entries()) found.push(await find(claim, i));
  return found;
}
