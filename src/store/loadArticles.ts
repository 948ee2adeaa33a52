import { metadataOnlyMark } from '../model/metadataOnly.js';
import type { ArticleRecord } from '../model/articleRecord.js';
import type { Queryable } from './Database.js';

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string;
  published: string | null;
  source: string;
  statements: number;
  /** True when only the article's metadata was stored (its page held no article text); absent otherwise. */
  metadata_only?: true;
}

/** Every stored article in publication order, or one page of them (the API pages; the CLI lists all). */
export async function listArticleSummaries(db: Queryable, page?: { limit: number; offset: number }): Promise<ArticleSummary[]> {
  // The page's ids first, then their columns and counts: a row skipped by OFFSET is still projected, so
  // counting statements in the outer list counted them for every article before the page too.
  const rows = await db.query<Omit<ArticleSummary, 'metadata_only'> & { metadata_only: boolean }>(
    `SELECT a.id, a.title, a.outlet, a.published::text AS published, a.source,
            (SELECT count(*)::int FROM statements s WHERE s.article_id = a.id) AS statements,
            a.text = '' AS metadata_only
     FROM (SELECT id FROM articles ORDER BY published NULLS LAST, id LIMIT $1 OFFSET $2) AS page
     JOIN articles a ON a.id = page.id
     ORDER BY a.published NULLS LAST, a.id`,
    [page?.limit ?? null, page?.offset ?? 0],
  );
  return rows.map(({ metadata_only, ...summary }) => (metadata_only ? { ...summary, metadata_only: true } : summary));
}

/** Finds an article by its id or a unique prefix of it ('3f2a' for '3f2a9c...'). */
export async function resolveArticleId(db: Queryable, idOrPrefix: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM articles WHERE id LIKE $1 || '%' ORDER BY id LIMIT 5`,
    [idOrPrefix.replace(/[%_\\]/g, '')],
  );
  return rows.map((row) => row.id);
}

interface ArticleRow {
  id: string; source: string; url: string | null; format: 'text' | 'html'; encoding: string;
  title: string | null; title_how: string; outlet: string; outlet_how: ArticleRecord['outlet']['how'];
  published: string | null; published_earliest: string | null; published_latest: string | null;
  published_how: string; published_confidence: number; text: string;
  authors: ArticleRecord['authors'] | null; text_how: string | null;
  paragraphs: ArticleRecord['paragraphs']; removed: ArticleRecord['removed'];
}

/** The clean text of several articles, in the order of `ids`, those not stored left out: what a check reads first. */
export async function loadArticleTexts(db: Queryable, ids: string[]): Promise<{ id: string; text: string }[]> {
  if (!ids.length) return [];
  const rows = await db.query<{ id: string; text: string }>('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [ids]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The same record toArticleRecord produced when the article was analysed, rebuilt from the store. */
export async function loadArticleRecord(db: Queryable, id: string): Promise<ArticleRecord | null> {
  const [record] = await loadArticleRecords(db, [id]);
  return record ?? null;
}

/**
 * Several records at once, in four queries whatever their number (a check
 * reads hundreds of candidate articles); in the order of `ids`, those not
 * stored left out.
 */
export async function loadArticleRecords(db: Queryable, ids: string[]): Promise<ArticleRecord[]> {
  if (!ids.length) return [];
  const rows = await db.query<ArticleRow>(
    `SELECT a.id, source, url, a.format, a.encoding, title, title_how, outlet, outlet_how,
            published::text AS published, published_earliest::text AS published_earliest, published_latest::text AS published_latest,
            published_how, published_confidence, text, paragraphs, removed,
            i.supplied->'authors' AS authors, i.supplied->>'textHow' AS text_how
     FROM articles a LEFT JOIN article_inputs i ON i.article_id = a.id
     WHERE a.id = ANY($1::text[])`,
    [ids],
  );
  const grouped = async <T>(sql: string): Promise<Map<string, T[]>> => {
    const byArticle = new Map<string, T[]>();
    for (const row of await db.query<T & { article_id: string }>(sql, [ids])) {
      const { article_id: articleId, ...rest } = row;
      byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), rest as unknown as T]);
    }
    return byArticle;
  };
  const entities = await grouped<ArticleRecord['entities'][number]>(
    `SELECT article_id, text, type, canonical, start_offset AS start, end_offset AS end, rule FROM entities WHERE article_id = ANY($1::text[]) ORDER BY article_id, ordinal`,
  );
  const times = await grouped<ArticleRecord['times'][number]>(
    `SELECT article_id, text, start_offset AS start, end_offset AS end, type, value, how FROM time_expressions WHERE article_id = ANY($1::text[]) ORDER BY article_id, ordinal`,
  );
  // The columns by name: `*` would also read each statement's search vector, which took most of the time.
  const statements = await grouped<StatementRow>(
    `SELECT article_id, id, kind, speaker_text, speaker_canonical, speaker_start, speaker_end, cue_text, cue_start, cue_end,
            content_text, content_start, content_end, hedges, negated, negation, rule
     FROM statements WHERE article_id = ANY($1::text[]) ORDER BY article_id, ordinal`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toRecord(row, entities.get(id) ?? [], times.get(id) ?? [], (statements.get(id) ?? []).map(toStatementRecord))] : [];
  });
}

function toRecord(row: ArticleRow, entities: ArticleRecord['entities'], times: ArticleRecord['times'], statements: ArticleRecord['statements']): ArticleRecord {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    format: row.format,
    encoding: row.encoding,
    title: row.title,
    title_how: row.title_how,
    outlet: { name: row.outlet, how: row.outlet_how },
    published: {
      value: row.published,
      earliest: row.published_earliest,
      latest: row.published_latest,
      how: row.published_how,
      confidence: row.published_confidence,
    },
    // Kept with the input as it was supplied (see saveArticle); an article stored before inputs were kept has neither.
    authors: row.authors ?? [],
    text_how: row.text_how,
    text: row.text,
    paragraphs: row.paragraphs,
    removed: row.removed,
    ...metadataOnlyMark(row.text, row.removed.length),
    entities,
    times,
    statements,
  };
}

interface StatementRow {
  id: string; kind: ArticleRecord['statements'][number]['kind'];
  speaker_text: string | null; speaker_canonical: string | null; speaker_start: number | null; speaker_end: number | null;
  cue_text: string; cue_start: number; cue_end: number; content_text: string; content_start: number; content_end: number;
  hedges: ArticleRecord['statements'][number]['hedges']; negated: boolean; negation: ArticleRecord['statements'][number]['negation']; rule: string;
}

function toStatementRecord(row: StatementRow): ArticleRecord['statements'][number] {
  return {
    id: row.id,
    speaker:
      row.speaker_text === null
        ? null
        : { text: row.speaker_text, canonical: row.speaker_canonical ?? row.speaker_text, start: row.speaker_start ?? 0, end: row.speaker_end ?? 0 },
    cue: { text: row.cue_text, start: row.cue_start, end: row.cue_end },
    content: { text: row.content_text, start: row.content_start, end: row.content_end },
    kind: row.kind,
    hedges: row.hedges,
    negated: row.negated,
    negation: row.negation,
    rule: row.rule,
  };
}
