import type { CorrectionRecord } from '../../model/correction.js';

/** The parts of an article (analysed, stored or as a record) that a correction of its outlet or date sets. */
interface Correctable {
  id: string;
  outlet: { name: string | null; how: string };
  published: { value: string | null; earliest: string | null; latest: string | null; how: string; confidence: string | number | null };
}

/** The corrections in force for one article's outlet and date, the latest of each kind winning. */
function latestFor(articleId: string, corrections: readonly CorrectionRecord[]) {
  let outlet: string | null = null;
  let date: string | null = null;
  for (const correction of corrections) {
    const target = correction.target;
    if (target.kind === 'outlet' && target.articleId === articleId) outlet = target.outlet;
    if (target.kind === 'date' && target.articleId === articleId) date = target.date;
  }
  return { outlet, date };
}

/**
 * An article with the outlet and publication date set by hand in force
 * over what was read from it: a Reuters wire stored as 'unknown' with no
 * date becomes 'Reuters', 2019-10-27, its `how` 'corrected'. Pure and
 * idempotent; used before an analysis is stored (reanalyze) and when
 * members are read, so the correction survives both.
 */
export function correctArticle<T extends Correctable>(article: T, corrections: readonly CorrectionRecord[]): T {
  const { outlet, date } = latestFor(article.id, corrections);
  if (outlet === null && date === null) return article;
  return {
    ...article,
    ...(outlet === null ? {} : { outlet: { ...article.outlet, name: outlet, how: 'corrected' } }),
    ...(date === null ? {} : { published: { value: date, earliest: date, latest: date, how: 'corrected', confidence: 1 } }),
  };
}

/** Whether an article is excluded from the story by a correction in force. */
export const isExcluded = (articleId: string, corrections: readonly CorrectionRecord[]): boolean =>
  corrections.some((c) => c.target.kind === 'exclude' && c.target.articleId === articleId);
