import { analyzerVersion } from '../analyze/analyzerVersion.js';
import type { Queryable } from '../store/Database.js';
import { countArticlesByAnalyzerVersion } from '../store/loadArticleInputs.js';

/** How many stored articles another analyzer version analysed; `stale` is 0 when the store is up to date. */
export interface AnalyzerVersionCheck {
  stale: number;
  total: number;
  /** The versions that analysed the stale articles, most articles first ('1'). */
  staleVersions: string[];
  current: string;
}

/** Compares the analyzer version stored with each article with the code's, so readers can say when `reanalyze` is due. */
export async function checkAnalyzerVersion(db: Queryable): Promise<AnalyzerVersionCheck> {
  const counts = await countArticlesByAnalyzerVersion(db);
  const stale = counts.filter((row) => row.version !== analyzerVersion);
  return {
    stale: stale.reduce((sum, row) => sum + row.count, 0),
    total: counts.reduce((sum, row) => sum + row.count, 0),
    staleVersions: stale.map((row) => row.version),
    current: analyzerVersion,
  };
}

/**
 * The sentence every shell shows when articles are stale, or null:
 * "12 of 340 articles were analysed by an older version of corroborate (1; now 2): run `corroborate reanalyze` to bring them up to date".
 */
export function describeStaleAnalysis(check: AnalyzerVersionCheck): string | null {
  if (!check.stale) return null;
  const articles = `${check.stale} of ${check.total} article${check.total === 1 ? '' : 's'} ${check.stale === 1 ? 'was' : 'were'}`;
  return `${articles} analysed by an older version of corroborate (${check.staleVersions.join(', ')}; now ${check.current}): ` +
    'run `corroborate reanalyze` to bring them up to date';
}
