import type { ArticleRecord } from '../record/articleRecord.js';
import type { Queryable } from '../store/Database.js';
import { listArticleSummaries, loadArticleRecord, resolveArticleId, type ArticleSummary } from '../store/loadArticles.js';
import { markOf, type CorrectionMark } from '../model/correction.js';
import { correctionIdsOfArticle, loadCorrectionsInForce } from '../store/corrections.js';

/** The id matched no article, or more than one; the shells map it to exit code 2 or HTTP 404. */
export class ArticleNotFound extends Error {
  override name = 'ArticleNotFound';
}

/** An article by id or unique id prefix, as its full record. */
export async function findArticle(db: Queryable, idOrPrefix: string): Promise<ArticleRecord> {
  const ids = await resolveArticleId(db, idOrPrefix.trim());
  if (ids.length === 0) throw new ArticleNotFound(`no stored article has an id starting with "${idOrPrefix}"; list them with: corroborate articles`);
  if (ids.length > 1) throw new ArticleNotFound(`"${idOrPrefix}" matches several articles (${ids.join(', ')}); give more of the id`);
  const record = await loadArticleRecord(db, ids[0]);
  if (!record) throw new ArticleNotFound(`article ${ids[0]} disappeared while reading it`);
  const corrections = await correctionsOfArticle(db, record.id);
  return corrections.length ? { ...record, corrections } : record;
}

/** The corrections in force that changed an article: its outlet, date or exclusion, and those that changed its statements. */
async function correctionsOfArticle(db: Queryable, id: string): Promise<CorrectionMark[]> {
  const inForce = await loadCorrectionsInForce(db);
  if (!inForce.length) return [];
  const ofMembers = new Set(await correctionIdsOfArticle(db, id));
  return inForce.filter((c) => ofMembers.has(c.id) || ('articleId' in c.target && c.target.articleId === id)).map(markOf);
}

/**
 * Stored articles in publication order, one page, each with the corrections
 * in force that set its outlet or date or excluded it, so a list shows
 * 'corrected by hand' beside what changed (a statement's corrections show
 * on its claim and in the article's record).
 */
export async function listArticles(db: Queryable, page?: { limit: number; offset: number }): Promise<(ArticleSummary & { corrections?: CorrectionMark[] })[]> {
  const [items, inForce] = await Promise.all([listArticleSummaries(db, page), loadCorrectionsInForce(db)]);
  const ofArticles = inForce.filter((c) => 'articleId' in c.target);
  if (!ofArticles.length) return items;
  return items.map((item) => {
    const marks = ofArticles.filter((c) => 'articleId' in c.target && c.target.articleId === item.id).map(markOf);
    return marks.length ? { ...item, corrections: marks } : item;
  });
}
