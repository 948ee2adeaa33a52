import type { StatementKind } from '../model/vocabulary.js';
import type { Queryable } from './Database.js';

/** One statement with its article's metadata, flat, for lists that span articles. */
export interface StatementListItem {
  article: string;
  statement: string;
  /** The canonical speaker name, or null when the source is not named. */
  speaker: string | null;
  cue: string;
  content: string;
  kind: StatementKind;
  /** The hedging words as written ('may have', 'highly likely'). */
  hedges: string[];
  negated: boolean;
  published: string | null;
  outlet: string;
  title: string | null;
}

export interface StatementFilter {
  /** An article id or a prefix of it. */
  article?: string;
  /** Part of the speaker's name, any case ('marant' finds 'Ilko Marant'). */
  speaker?: string;
  limit: number;
  offset: number;
}

/** Statements across articles in report order (publication date, then article, then position in the article). */
export async function listStatements(db: Queryable, filter: StatementFilter): Promise<{ total: number; items: StatementListItem[] }> {
  const where = `WHERE ($1::text IS NULL OR s.article_id LIKE $1 || '%')
       AND ($2::text IS NULL OR coalesce(s.speaker_canonical, s.speaker_text, '') ILIKE '%' || $2 || '%')`;
  const params = [filter.article ? escapeLike(filter.article) : null, filter.speaker ? escapeLike(filter.speaker) : null];
  const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM statements s ${where}`, params);
  const items = await db.query<StatementListItem>(
    `SELECT s.article_id AS article, s.id AS statement, coalesce(s.speaker_canonical, s.speaker_text) AS speaker,
            s.cue_text AS cue, s.content_text AS content, s.kind,
            coalesce((SELECT jsonb_agg(h->>'text') FROM jsonb_array_elements(s.hedges) h), '[]'::jsonb) AS hedges,
            s.negated, a.published::text AS published, a.outlet, a.title
     FROM statements s JOIN articles a ON a.id = s.article_id
     ${where}
     ORDER BY a.published NULLS LAST, s.article_id, s.ordinal LIMIT $3 OFFSET $4`,
    [...params, filter.limit, filter.offset],
  );
  return { total, items };
}

/** The filters are literal text: '%' or '_' in a name match themselves. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
