import type { ArticleInputToStore, ArticleToStore } from '../model/articleToStore.js';
import type { MemberRow } from '../model/story.js';
import type { Database } from './Database.js';
import { annotationRows } from './annotationRows.js';

export type SaveOutcome = 'stored' | 'duplicate';

/*
 * One statement writes the article and all its annotations: data-modifying
 * CTEs insert the annotation rows only when the article row was inserted
 * (its content hash is new), and foreign keys are checked at the end of the
 * statement. One round trip instead of four matters on the embedded store,
 * where each query costs a millisecond or more.
 */
const insertArticle = `
WITH article AS (
  INSERT INTO articles (id, content_hash, source, format, encoding, url, title, title_how, outlet, outlet_how,
    published, published_earliest, published_latest, published_how, published_confidence,
    text, paragraphs, sentences, removed, analyzer_version, story_reader)
  VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$25)
  ON CONFLICT (content_hash) DO NOTHING
  RETURNING id
), entity_rows AS (
  INSERT INTO entities (article_id, ordinal, type, text, canonical, start_offset, end_offset, rule)
  SELECT article.id, e.ordinal, e.type, e.text, e.canonical, e.start_offset, e.end_offset, e.rule
  FROM article, jsonb_to_recordset($21::jsonb) AS e(ordinal int, type text, text text, canonical text, start_offset int, end_offset int, rule text)
), time_rows AS (
  INSERT INTO time_expressions (article_id, ordinal, type, value, text, start_offset, end_offset, how)
  SELECT article.id, t.ordinal, t.type, t.value, t.text, t.start_offset, t.end_offset, t.how
  FROM article, jsonb_to_recordset($22::jsonb) AS t(ordinal int, type text, value text, text text, start_offset int, end_offset int, how jsonb)
), statement_rows AS (
  INSERT INTO statements (article_id, id, ordinal, kind, speaker_text, speaker_canonical, speaker_start, speaker_end,
    cue_text, cue_start, cue_end, content_text, content_start, content_end, hedges, negated, negation, rule)
  SELECT article.id, s.id, s.ordinal, s.kind, s.speaker_text, s.speaker_canonical, s.speaker_start, s.speaker_end,
    s.cue_text, s.cue_start, s.cue_end, s.content_text, s.content_start, s.content_end, s.hedges, s.negated, s.negation, s.rule
  FROM article, jsonb_to_recordset($23::jsonb) AS s(id text, ordinal int, kind text, speaker_text text, speaker_canonical text,
    speaker_start int, speaker_end int, cue_text text, cue_start int, cue_end int, content_text text, content_start int,
    content_end int, hedges jsonb, negated boolean, negation jsonb, rule text)
), member_rows AS (
  INSERT INTO story_members (article_id, ordinal, subject, member)
  SELECT article.id, m.ordinal, m.subject, m.member
  FROM article, jsonb_to_recordset($24::jsonb) AS m(ordinal int, subject text, member jsonb)
), subject_rows AS (
  -- Marks the article's subjects stale for the cross-article step; in subject
  -- order, so two workers touching the same subjects lock them in one order.
  INSERT INTO story_subjects AS s (subject)
  SELECT DISTINCT m.subject FROM article, jsonb_to_recordset($24::jsonb) AS m(subject text) ORDER BY m.subject
  ON CONFLICT (subject) DO UPDATE SET version = s.version + 1
), input_row AS (
  -- The original input, kept so that corroborate reanalyze can analyse it again.
  INSERT INTO article_inputs (article_id, format, encoding, content, supplied)
  SELECT article.id, i.format, i.encoding, i.content, i.supplied
  FROM article, jsonb_to_record($26::jsonb) AS i(format text, encoding text, content text, supplied jsonb)
)
SELECT id FROM article`;

/** The versions of the code that made what is stored: the analysis, and the story reader that read the members. */
export interface MadeBy {
  analyzerVersion: string;
  storyReaderVersion: string;
}

/**
 * The parameters of the one statement that stores an article, its JSON
 * already built: plain strings and numbers, cheap to pass between threads,
 * so an analysis thread builds it and the thread that writes the store only
 * sends it (about 1 ms per article less on that thread).
 */
export interface ArticlePayload {
  contentHash: string;
  params: unknown[];
}

export function articlePayload(article: ArticleToStore, members: MemberRow[], madeBy: MadeBy, input: ArticleInputToStore): ArticlePayload {
  const { document: doc } = article;
  const { entities, times, statements } = annotationRows(article);
  return {
    contentHash: article.contentHash,
    params: [
      article.id, article.contentHash, article.source, article.format, article.encoding, article.url,
      article.title.value, article.title.how, article.outlet.name, article.outlet.how,
      article.published.value, article.published.earliest, article.published.latest, article.published.how, article.published.confidence,
      doc.text, JSON.stringify(doc.paragraphs), JSON.stringify(doc.sentences), JSON.stringify(article.removed), madeBy.analyzerVersion,
      JSON.stringify(entities), JSON.stringify(times), JSON.stringify(statements), JSON.stringify(members), madeBy.storyReaderVersion,
      JSON.stringify({ format: input.format, encoding: input.encoding, content: input.content, supplied: input.supplied ?? null }),
    ],
  };
}

/**
 * Writes one article, its original input (so that `reanalyze` can read it
 * again), all its annotations and its claim members (read by the caller)
 * atomically, so a crash leaves either the whole article or nothing. An
 * article whose content hash is already stored is left untouched ('duplicate').
 */
export function saveArticle(db: Database, article: ArticleToStore, members: MemberRow[], madeBy: MadeBy, input: ArticleInputToStore): Promise<SaveOutcome> {
  return saveArticlePayload(db, articlePayload(article, members, madeBy, input));
}

/** saveArticle with the payload built beforehand (in an analysis thread). */
export async function saveArticlePayload(db: Database, payload: ArticlePayload): Promise<SaveOutcome> {
  const inserted = await db.query(insertArticle, payload.params);
  return inserted.length ? 'stored' : 'duplicate';
}
