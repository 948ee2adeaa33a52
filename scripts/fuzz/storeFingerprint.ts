import type { Queryable } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';

/** Per stored article: its source, and a digest of its row and of everything annotated on it. */
export type StoreFingerprint = Map<string, { source: string; digest: string }>;

/**
 * Reads the store the CLI just wrote (after the process ended: one process
 * at a time on an embedded store). A store that cannot be opened any more
 * is itself a finding, so the error is returned, not thrown.
 */
export async function readFingerprint(storeDir: string): Promise<StoreFingerprint | Error> {
  let db;
  try {
    db = await openStore(storeDir);
  } catch (error) {
    return error as Error;
  }
  try {
    return await fingerprintOf(db);
  } catch (error) {
    return error as Error;
  } finally {
    await db.close();
  }
}

export async function fingerprintOf(db: Queryable): Promise<StoreFingerprint> {
  const rows = await db.query<{ id: string; source: string; digest: string }>(`
      SELECT a.id, a.source,
        md5(a::text)
        || ':' || coalesce((SELECT md5(string_agg(s::text, '|' ORDER BY s.id)) FROM statements s WHERE s.article_id = a.id), '-')
        || ':' || (SELECT count(*) FROM entities e WHERE e.article_id = a.id)
        || ':' || (SELECT count(*) FROM time_expressions t WHERE t.article_id = a.id) AS digest
      FROM articles a ORDER BY a.id`);
  return new Map(rows.map((row) => [row.id, { source: row.source, digest: row.digest }]));
}

/** What changed for the articles stored before: missing or altered, with their ids. */
export function changedArticles(before: StoreFingerprint, after: StoreFingerprint): string[] {
  const changed: string[] = [];
  for (const [id, { digest }] of before) {
    const now = after.get(id);
    if (!now) changed.push(`${id} missing`);
    else if (now.digest !== digest) changed.push(`${id} altered`);
  }
  return changed;
}
