import type { ArticleInputToStore } from '../model/articleToStore.js';
import type { Queryable } from './Database.js';

/** A stored article as reanalyze needs it: its original input, or null when the article was stored before inputs were kept. */
export interface StoredArticleInput {
  id: string;
  contentHash: string;
  source: string;
  analyzerVersion: string;
  /** What was read, with its source: a RawArticle for the pipeline. */
  input: (ArticleInputToStore & { source: string }) | null;
}

/** How many articles there are, and how many of them were not analysed by `notVersion` (all when it is null). */
export async function countArticlesToReanalyze(db: Queryable, notVersion: string | null): Promise<{ total: number; selected: number }> {
  const [counts] = await db.query<{ total: number; selected: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE $1::text IS NULL OR analyzer_version IS DISTINCT FROM $1)::int AS selected FROM articles`,
    [notVersion],
  );
  return counts;
}

/**
 * One page of the ids of the articles whose analysis is not `version`
 * (every article when `version` is null), in id order after `afterId`. Ids
 * only: the inputs, each up to megabytes, are loaded one at a time.
 */
export async function listArticlesToReanalyze(db: Queryable, options: { notVersion: string | null; afterId: string; limit: number }): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM articles WHERE id > $1 AND ($2::text IS NULL OR analyzer_version IS DISTINCT FROM $2) ORDER BY id LIMIT $3',
    [options.afterId, options.notVersion, options.limit],
  );
  return rows.map((row) => row.id);
}

/** A stored article with its original input (null when it was stored before inputs were kept); null when no such article. */
export async function loadArticleInput(db: Queryable, id: string): Promise<StoredArticleInput | null> {
  const [row] = await db.query<{
    id: string; content_hash: string; source: string; analyzer_version: string;
    format: ArticleInputToStore['format'] | null; encoding: string | null; content: string | null; supplied: ArticleInputToStore['supplied'] | null;
  }>(
    `SELECT a.id, a.content_hash, a.source, a.analyzer_version, i.format, i.encoding, i.content, i.supplied
     FROM articles a LEFT JOIN article_inputs i ON i.article_id = a.id WHERE a.id = $1`,
    [id],
  );
  if (!row) return null;
  return {
    id: row.id,
    contentHash: row.content_hash,
    source: row.source,
    analyzerVersion: row.analyzer_version,
    input: row.content === null || row.format === null || row.encoding === null
      ? null
      : { source: row.source, format: row.format, encoding: row.encoding, content: row.content, ...(row.supplied ? { supplied: row.supplied } : {}) },
  };
}

/** How many articles each analyzer version analysed, most first. */
export async function countArticlesByAnalyzerVersion(db: Queryable): Promise<{ version: string; count: number }[]> {
  return db.query<{ version: string; count: number }>(
    'SELECT analyzer_version AS version, count(*)::int AS count FROM articles GROUP BY analyzer_version ORDER BY count DESC, version',
  );
}

/** Undated articles whose metadata marks a dateline without a year ('text-dateline-without-year:04-05'), with the mark. */
export async function listUndatedByHow(db: Queryable, howPrefix: string): Promise<{ id: string; how: string }[]> {
  return db.query<{ id: string; how: string }>(
    `SELECT id, published_how AS how FROM articles WHERE published IS NULL AND starts_with(published_how, $1) ORDER BY id`,
    [howPrefix],
  );
}

/** The distinct days on which stored articles were published, in order. */
export async function listPublicationDays(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ day: string }>(`SELECT DISTINCT published::text AS day FROM articles WHERE published IS NOT NULL ORDER BY 1`);
  return rows.map((row) => row.day);
}
