import { AnalysisError, analyzeArticle } from '../analyze/analyzeArticle.js';
import { analyzerVersion } from '../analyze/analyzerVersion.js';
import { toArticleRecord } from '../record/toArticleRecord.js';
import { StoreUnavailableError, type Database } from '../store/Database.js';
import { countArticlesToReanalyze, listArticlesToReanalyze, loadArticleInput, type StoredArticleInput } from '../store/loadArticleInputs.js';
import { replaceArticleAnalysis } from '../store/replaceArticleAnalysis.js';
import { storyReaderVersion } from '../relate/readMembers.js';
import { readCorrectedMembers } from '../relate/corrections/applyCorrections.js';
import { correctArticle } from '../relate/corrections/correctArticle.js';
import type { CorrectionRecord } from '../model/correction.js';
import { loadCorrectionsInForce } from '../store/corrections.js';
import { relateStory, toMemberRows, type RelateSummary } from './relateStory.js';

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

/** Why an article stored before inputs were kept cannot be redone; its cleaned text is not its input (see the README). */
export const noInputReason = 'its original input was not kept (stored by a corroborate from before inputs were kept); analyse its source file into a new store to bring it up to date';

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
      const reason = await reanalyzeOne(db, stored, corrections);
      if (reason) summary.couldNotRedo.push({ id: stored.id, source: stored.source, reason });
      else summary.redone.push(stored.id);
      done += 1;
      options.onProgress?.({ done, total: selected, source: stored.source });
    }
  }
  const story = await relateStory(db);
  return { ...summary, story, seconds: (performance.now() - started) / 1000 };
}

/**
 * Analyses one stored article again and replaces its analysis, the
 * corrections by hand in force kept over the new reading (an outlet set by
 * hand stays set); returns why it could not, or null.
 */
async function reanalyzeOne(db: Database, stored: StoredArticleInput, corrections: CorrectionRecord[]): Promise<string | null> {
  if (!stored.input) return noInputReason;
  let members;
  let analyzed;
  try {
    analyzed = correctArticle(analyzeArticle(stored.input, stored.contentHash), corrections);
    members = toMemberRows(readCorrectedMembers(toArticleRecord(analyzed), corrections));
  } catch (error) {
    return error instanceof AnalysisError ? error.message : `analysis failed (${(error as Error).message}); please report this with the file`;
  }
  try {
    return (await replaceArticleAnalysis(db, analyzed, members, { analyzerVersion, storyReaderVersion })) ? null : 'it was deleted while being analysed';
  } catch (error) {
    // A store that went away ends the run; a row the store refuses (say, a NUL byte) is this article's failure alone.
    if (error instanceof StoreUnavailableError) throw error;
    return `the store refused the new analysis (${(error as Error).message}); the old one is kept`;
  }
}
