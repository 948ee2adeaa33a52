import type { ArticleRecord } from '../model/articleRecord.js';

/**
 * The IRI an export gives an article: its URL, or a URN naming the stored
 * article when it has none (a pasted text, a file without a link):
 * 'urn:corroborate:article:8c8f6dc3814d'.
 */
export function articleAddress(article: Pick<ArticleRecord, 'id' | 'url'>): string {
  return article.url ?? `urn:corroborate:article:${article.id}`;
}

/** The articles by id, for the exporters that look statements' articles up. */
export function articlesById(articles: ArticleRecord[]): Map<string, ArticleRecord> {
  return new Map(articles.map((article) => [article.id, article]));
}
