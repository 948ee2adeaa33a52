import type { AnalyzedArticle } from '../analyze/analyzeArticle.js';
import { fieldLimits } from '../model/fieldLimits.js';
import { metadataOnlyMark } from '../model/metadataOnly.js';
import type { ArticleRecord } from './articleRecord.js';

type Speaker = ArticleRecord['statements'][number]['speaker'];

/**
 * A speaker is a name; a span of thousands of characters is the analysis
 * running through a run-on sentence, and repeated in every story view it
 * would exhaust memory. It is cut to the speaker limit, span and all.
 */
function limitSpeaker(speaker: Speaker): Speaker {
  const limit = fieldLimits.speaker;
  if (!speaker || (speaker.text.length <= limit && speaker.canonical.length <= limit)) return speaker;
  const text = speaker.text.slice(0, limit);
  return { ...speaker, text, end: speaker.start + text.length, canonical: speaker.canonical.slice(0, limit) };
}

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
    authors: article.authors,
    text_how: article.textHow,
    text: document.text,
    paragraphs: document.paragraphs,
    removed: article.removed,
    ...metadataOnlyMark(document.text, article.removed.length),
    entities: document.entities.map(({ text, type, canonical, start, end, rule }) => ({ text, type, canonical, start, end, rule })),
    times: document.times.map(({ text, start, end, type, value, how }) => ({ text, start, end, type, value, how })),
    statements: document.statements.map((statement) => ({
      id: statement.id,
      speaker: limitSpeaker(statement.speaker),
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
