import type { ArticleRecord } from '../record/articleRecord.js';
import type { Queryable } from '../store/Database.js';
import { loadArticleRecord, resolveArticleId } from '../store/loadArticles.js';
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
