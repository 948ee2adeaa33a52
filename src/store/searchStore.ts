import type { Queryable } from './Database.js';

export interface SearchHit {
  kind: 'article' | 'statement';
  article: string;
  statement: string | null;
  title: string | null;
  outlet: string;
  published: string | null;
  /** ts_headline's fragment with each match between \u0001 and \u0002; searchStory turns the marks into offsets. */
  marked: string;
}

/**
 * Articles (title and text) and statements (speaker and content) matching a
 * query typed as in a web search box ('dren killed', '"hospital wing" -video'),
 * best first. Each table gives only its best `offset + limit` matches (a
 * bounded top-N sort inside the ranking, so a query matching 20,000 rows
 * keeps 50 of them instead of sorting all 20,000 of both tables together),
 * and the page is cut from the merge of the two, which is the same page as
 * ranking everything would give; each table counts its matches as it goes.
 * Every match is still scored by ts_rank. Only the page's rows get a headline, because
 * ts_headline re-parses the whole text. The marks are control characters
 * stripped from the text beforehand, so no markup of ours can be confused
 * with the article's own characters.
 */
export async function searchStore(db: Queryable, query: string, page: { limit: number; offset: number }): Promise<{ total: number; hits: SearchHit[] }> {
  const rows = await db.query<SearchHit & { total: number }>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
     hits AS (
       (SELECT 'article' AS kind, a.id AS article, NULL::text AS statement, ts_rank(a.search, q.query) AS rank, count(*) OVER () AS matches
        FROM articles a, q WHERE a.search @@ q.query
        ORDER BY rank DESC, article LIMIT $2::int + $3::int)
       UNION ALL
       (SELECT 'statement', s.article_id, s.id, ts_rank(s.search, q.query) AS rank, count(*) OVER ()
        FROM statements s, q WHERE s.search @@ q.query
        ORDER BY rank DESC, s.article_id, s.id LIMIT $2::int + $3::int)
     ),
     total AS (SELECT sum(matches)::int AS total FROM (SELECT max(matches) AS matches FROM hits GROUP BY kind) AS per_kind),
     ranked AS (SELECT * FROM hits ORDER BY rank DESC, article, statement NULLS FIRST LIMIT $2 OFFSET $3)
     SELECT r.kind, r.article, r.statement, total.total, a.title, a.outlet, a.published::text AS published,
            ts_headline('english',
              translate(CASE WHEN r.kind = 'article' THEN a.text ELSE s.content_text END, chr(1) || chr(2), ''),
              q.query,
              'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15') AS marked
     FROM ranked r CROSS JOIN q CROSS JOIN total
     JOIN articles a ON a.id = r.article
     LEFT JOIN statements s ON r.kind = 'statement' AND s.article_id = r.article AND s.id = r.statement
     ORDER BY r.rank DESC, r.article, r.statement NULLS FIRST`,
    [query, page.limit, page.offset],
  );
  const total = rows[0]?.total ?? (page.offset > 0 ? await countHits(db, query) : 0);
  return { total, hits: rows.map(({ total: _total, ...hit }) => hit) };
}

/** The total for a page past the last hit, which the ranked query cannot report. */
async function countHits(db: Queryable, query: string): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query)
     SELECT ((SELECT count(*) FROM articles a, q WHERE a.search @@ q.query) +
             (SELECT count(*) FROM statements s, q WHERE s.search @@ q.query))::int AS total`,
    [query],
  );
  return row.total;
}
