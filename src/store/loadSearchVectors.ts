import type { Queryable } from './Database.js';
import { anyWordQuery } from './findCheckCandidates.js';

/** How many articles are stored. */
export async function countArticles(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM articles');
  return row.count;
}

/** Every stored article's search vector as PostgreSQL writes it ("'kill':5B,40B 'dren':1A"). */
export async function loadSearchVectors(db: Queryable): Promise<{ id: string; search: string }[]> {
  return db.query<{ id: string; search: string }>('SELECT id, search::text AS search FROM articles ORDER BY id');
}

/**
 * The full-text query findCheckCandidates runs for each claim, as text
 * ("'dren' | 'kill' | 'halvek'"), in the order given: one round trip for
 * a whole list.
 */
export async function candidateQueries(db: Queryable, claims: string[]): Promise<string[]> {
  const rows = await db.query<{ query: string }>(
    `SELECT (${anyWordQuery('t.claim')})::text AS query FROM unnest($1::text[]) WITH ORDINALITY AS t(claim, n) ORDER BY t.n`,
    [claims],
  );
  return rows.map((row) => row.query);
}
