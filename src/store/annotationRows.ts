import type { ArticleToStore } from '../model/articleToStore.js';

/**
 * An article's annotations as the rows of their tables (column names as in
 * migrations/001), sent as JSON for jsonb_to_recordset: the same rows whether
 * the article is stored for the first time (saveArticle) or analysed again
 * (replaceArticleAnalysis).
 */
export function annotationRows(article: ArticleToStore) {
  const { document: doc } = article;
  const entities = doc.entities.map((e, ordinal) => ({
    ordinal, type: e.type, text: e.text, canonical: e.canonical, start_offset: e.start, end_offset: e.end, rule: e.rule,
  }));
  const times = doc.times.map((t, ordinal) => ({
    ordinal, type: t.type, value: t.value, text: t.text, start_offset: t.start, end_offset: t.end, how: t.how,
  }));
  const statements = doc.statements.map((s, ordinal) => ({
    id: s.id, ordinal, kind: s.kind,
    speaker_text: s.speaker?.text ?? null, speaker_canonical: s.speaker?.canonical ?? null,
    speaker_start: s.speaker?.start ?? null, speaker_end: s.speaker?.end ?? null,
    cue_text: s.cue.text, cue_start: s.cue.start, cue_end: s.cue.end,
    content_text: s.content.text, content_start: s.content.start, content_end: s.content.end,
    hedges: s.hedges, negated: s.negated, negation: s.negation, rule: s.rule,
  }));
  return { entities, times, statements };
}
