import { storyYear, yearlessDatelineHow } from '../metadata/storyYear.js';
import type { Database } from '../store/Database.js';
import { loadCorrectionsInForce } from '../store/corrections.js';
import { listPublicationDays, loadArticleInput } from '../store/loadArticleInputs.js';
import { analyzeStoredArticle } from './analyzeStoredArticle.js';

/**
 * Dates the stored articles whose dateline gives only a month and day
 * ('HALVEK, Lessaria, April 5 (MPA) -', no date field, no year on the page)
 * from the story around them: the year that puts the day nearest the
 * publication days of the other stored articles (storyYear.ts). Each such
 * article is analysed again with that year, so its times ('last month',
 * 'on Friday') are read against the day too. Only articles whose year the
 * story settles are redone, so a store that cannot date one does not analyse
 * it again on every relate. The days are those of the articles dated before
 * this step: two undated wire stories never date each other, and the result
 * does not depend on the order in which they were stored. Returns how many
 * were dated.
 */
export async function dateFromStory(db: Database, undated: readonly { id: string; how: string }[]): Promise<number> {
  const storyDays = await listPublicationDays(db);
  const datable = undated.filter(({ how }) => storyYear(how.slice(yearlessDatelineHow.length), storyDays) !== null);
  if (!datable.length) return 0;
  const corrections = await loadCorrectionsInForce(db);
  let dated = 0;
  for (const { id } of datable) {
    const stored = await loadArticleInput(db, id);
    // An article stored before inputs were kept, or one the store refuses now, keeps its analysis and stays undated.
    if (stored && (await analyzeStoredArticle(db, stored, corrections, { storyDays })) === null) dated += 1;
  }
  return dated;
}
