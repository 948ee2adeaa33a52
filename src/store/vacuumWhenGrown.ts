import type { Database } from './Database.js';

/** A store is vacuumed again once it holds this share more articles than when it last was, and at least `minimumGrowth` more. */
const growthShare = 0.1;
const minimumGrowth = 500;

/**
 * PGlite runs PostgreSQL without autovacuum: nothing ever gathers the
 * planner's statistics or marks pages all-visible, so at 100,000 articles
 * the planner guessed every table's size and every count read the whole
 * heap. Measured on the 100,000-article bench store (one connection, p95):
 * the statement list 3,400 ms, then 568 after ANALYZE (18.5 s), then 234
 * after VACUUM (45.9 s); the story board 241 → 120 → 36 ms; the article list
 * 174 → 115 → 31 ms. So after a batch of articles the embedded store runs
 * VACUUM ANALYZE itself, as autovacuum would, once it has grown by a tenth
 * since the last time (and by at least 500 articles: a small store is read
 * well without statistics). A PostgreSQL server runs autovacuum, and is left
 * to it. Returns whether it ran.
 */
export async function vacuumWhenGrown(db: Database, thresholds = { growthShare, minimumGrowth }): Promise<boolean> {
  if (!db.description.startsWith('pglite:')) return false;
  const [row] = await db.query<{ articles: number; vacuumed: number | null }>(
    `SELECT (SELECT count(*)::int FROM articles) AS articles,
            (SELECT value::int FROM story_meta WHERE key = 'vacuumed_at_articles') AS vacuumed`,
  );
  const since = row.vacuumed ?? 0;
  if (row.articles - since < Math.max(thresholds.minimumGrowth, since * thresholds.growthShare)) return false;
  // VACUUM runs outside a transaction; it frees nothing an open reader still sees.
  await db.exec('VACUUM ANALYZE');
  await db.query(
    `INSERT INTO story_meta (key, value) VALUES ('vacuumed_at_articles', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [String(row.articles)],
  );
  return true;
}
