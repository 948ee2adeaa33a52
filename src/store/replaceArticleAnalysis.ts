import type { ArticleToStore } from '../model/articleToStore.js';
import type { MemberRow } from '../model/story.js';
import type { Database } from './Database.js';
import type { MadeBy } from './saveArticle.js';
import { annotationRows } from './annotationRows.js';

const updateArticle = `
UPDATE articles SET url = $2, title = $3, title_how = $4, outlet = $5, outlet_how = $6,
  published = $7, published_earliest = $8, published_latest = $9, published_how = $10, published_confidence = $11,
  text = $12, paragraphs = $13, sentences = $14, removed = $15, analyzer_version = $16, story_reader = $17
WHERE id = $1`;

/**
 * Replaces a stored article's analysis with a new one of the same input, in
 * one transaction: the article keeps its id, content hash, source, stored_at
 * and original input; its annotations (entities, times, statements, claim
 * members, and the search vectors generated from them) are deleted and
 * written again. The subjects it left or joined are marked stale for the
 * relate step. Returns false when the article is no longer stored.
 */
export async function replaceArticleAnalysis(
  db: Database,
  article: ArticleToStore,
  members: MemberRow[],
  madeBy: MadeBy,
): Promise<boolean> {
  const { document: doc } = article;
  const { entities, times, statements } = annotationRows(article);
  return db.transaction(async (tx) => {
    // The row lock makes a second reanalyze (or a reader of this article's members) wait for this one.
    const [locked] = await tx.query('SELECT id FROM articles WHERE id = $1 FOR UPDATE', [article.id]);
    if (!locked) return false;
    await tx.query('DELETE FROM entities WHERE article_id = $1', [article.id]);
    await tx.query('DELETE FROM time_expressions WHERE article_id = $1', [article.id]);
    await tx.query('DELETE FROM statements WHERE article_id = $1', [article.id]);
    // Checked again against the watched claims when the story is next brought up to date.
    await tx.query('DELETE FROM watch_checks WHERE article_id = $1', [article.id]);
    const old = await tx.query<{ subject: string }>('DELETE FROM story_members WHERE article_id = $1 RETURNING subject', [article.id]);
    await tx.query(updateArticle, [
      article.id, article.url, article.title.value, article.title.how, article.outlet.name, article.outlet.how,
      article.published.value, article.published.earliest, article.published.latest, article.published.how, article.published.confidence,
      doc.text, JSON.stringify(doc.paragraphs), JSON.stringify(doc.sentences), JSON.stringify(article.removed), madeBy.analyzerVersion, madeBy.storyReaderVersion,
    ]);
    await tx.query(
      `INSERT INTO entities (article_id, ordinal, type, text, canonical, start_offset, end_offset, rule)
       SELECT $1, e.ordinal, e.type, e.text, e.canonical, e.start_offset, e.end_offset, e.rule
       FROM jsonb_to_recordset($2::jsonb) AS e(ordinal int, type text, text text, canonical text, start_offset int, end_offset int, rule text)`,
      [article.id, JSON.stringify(entities)],
    );
    await tx.query(
      `INSERT INTO time_expressions (article_id, ordinal, type, value, text, start_offset, end_offset, how)
       SELECT $1, t.ordinal, t.type, t.value, t.text, t.start_offset, t.end_offset, t.how
       FROM jsonb_to_recordset($2::jsonb) AS t(ordinal int, type text, value text, text text, start_offset int, end_offset int, how jsonb)`,
      [article.id, JSON.stringify(times)],
    );
    await tx.query(
      `INSERT INTO statements (article_id, id, ordinal, kind, speaker_text, speaker_canonical, speaker_start, speaker_end,
         cue_text, cue_start, cue_end, content_text, content_start, content_end, hedges, negated, negation, rule)
       SELECT $1, s.id, s.ordinal, s.kind, s.speaker_text, s.speaker_canonical, s.speaker_start, s.speaker_end,
         s.cue_text, s.cue_start, s.cue_end, s.content_text, s.content_start, s.content_end, s.hedges, s.negated, s.negation, s.rule
       FROM jsonb_to_recordset($2::jsonb) AS s(id text, ordinal int, kind text, speaker_text text, speaker_canonical text,
         speaker_start int, speaker_end int, cue_text text, cue_start int, cue_end int, content_text text, content_start int,
         content_end int, hedges jsonb, negated boolean, negation jsonb, rule text)`,
      [article.id, JSON.stringify(statements)],
    );
    await tx.query(
      `INSERT INTO story_members (article_id, ordinal, subject, member)
       SELECT $1, m.ordinal, m.subject, m.member FROM jsonb_to_recordset($2::jsonb) AS m(ordinal int, subject text, member jsonb)`,
      [article.id, JSON.stringify(members)],
    );
    // In subject order, so two writers touching the same subjects lock them in one order (as saveArticle does).
    const subjects = [...new Set([...old.map((row) => row.subject), ...members.map((m) => m.subject)])].sort();
    await tx.query(
      'INSERT INTO story_subjects AS s (subject) SELECT unnest($1::text[]) ON CONFLICT (subject) DO UPDATE SET version = s.version + 1',
      [subjects],
    );
    return true;
  });
}
