import { analyzerVersion } from '../analyze/analyzerVersion.js';
import type { Database } from '../store/Database.js';
import { countArticlesToReanalyze, listArticlesToReanalyze, loadArticleInput } from '../store/loadArticleInputs.js';
import { loadCorrectionsInForce } from '../store/corrections.js';
import { analyzeStoredArticle } from './analyzeStoredArticle.js';
import { relateStory, type RelateSummary } from './relateStory.js';

export interface ReanalyzeOptions {
  /** Every stored article, not only those analysed by another analyzer version. */
  all?: boolean;
  onProgress?: (progress: { done: number; total: number; source: string }) => void;
}

export interface ReanalyzeSummary {
  /** Ids of the articles analysed again. */
  redone: string[];
  /** Articles already analysed by this version (and not asked for with `all`). */
  unchanged: number;
  couldNotRedo: { id: string; source: string; reason: string }[];
  story: RelateSummary;
  seconds: number;
}

const pageSize = 200;

/**
 * Runs the current pipeline again over stored articles from their original
 * input, replacing each article's analysis in its own transaction: the id
 * (the hash of the input) and the metadata supplied with it stay; a failure
 * leaves that article as it was and the rest go on. The story is brought up
 * to date once, at the end.
 */
export async function reanalyzeArticles(db: Database, options: ReanalyzeOptions = {}): Promise<ReanalyzeSummary> {
  const started = performance.now();
  const notVersion = options.all ? null : analyzerVersion;
  const { total, selected } = await countArticlesToReanalyze(db, notVersion);
  const summary: Omit<ReanalyzeSummary, 'story' | 'seconds'> = { redone: [], unchanged: total - selected, couldNotRedo: [] };
  let done = 0;
  let afterId = '';
  const corrections = await loadCorrectionsInForce(db);
  for (;;) {
    const page = await listArticlesToReanalyze(db, { notVersion, afterId, limit: pageSize });
    if (!page.length) break;
    afterId = page.at(-1)!;
    for (const id of page) {
      const stored = await loadArticleInput(db, id);
      if (!stored) continue;
      const reason = await analyzeStoredArticle(db, stored, corrections);
      if (reason) summary.couldNotRedo.push({ id: stored.id, source: stored.source, reason });
      else summary.redone.push(stored.id);
      done += 1;
      options.onProgress?.({ done, total: selected, source: stored.source });
    }
  }
  const story = await relateStory(db);
  return { ...summary, story, seconds: (performance.now() - started) / 1000 };
}
