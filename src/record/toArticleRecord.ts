import type { AnalyzedArticle } from '../analyze/analyzeArticle.js';
import type { ArticleRecord } from './articleRecord.js';

/** The JSON record of a freshly analysed article; the store's loadArticleRecord gives the same for a stored one. */
export function toArticleRecord(article: AnalyzedArticle): ArticleRecord {
  const { document } = article;
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    format: article.format,
    encoding: article.encoding,
    title: article.title.value,
    title_how: article.title.how,
    outlet: article.outlet,
    published: article.published,
    text: document.text,
    paragraphs: document.paragraphs,
    removed: article.removed,
    entities: document.entities.map(({ text, type, canonical, start, end, rule }) => ({ text, type, canonical, start, end, rule })),
    times: document.times.map(({ text, start, end, type, value, how }) => ({ text, start, end, type, value, how })),
    statements: document.statements.map((statement) => ({
      id: statement.id,
      speaker: statement.speaker,
      cue: statement.cue,
      content: statement.content,
      kind: statement.kind,
      hedges: statement.hedges,
      negated: statement.negated,
      negation: statement.negation,
      rule: statement.rule,
    })),
  };
}
