import type { Database } from '../store/Database.js';
import { checkAnalyzerVersion, describeStaleAnalysis } from '../usecases/checkAnalyzerVersion.js';
import { isStoryStale, staleStoryNotice } from '../usecases/relateStory.js';

/**
 * Readers never bring the store up to date themselves: when articles were
 * analysed by an older version, or the story lags the stored articles, they
 * say so on stderr (never stdout, which may be JSON) and name the command
 * that fixes it (`corroborate reanalyze`, `corroborate relate`).
 */
export async function noteStaleStore(db: Database): Promise<void> {
  const analysis = describeStaleAnalysis(await checkAnalyzerVersion(db));
  if (analysis) process.stderr.write(`corroborate: ${analysis}\n`);
  if (await isStoryStale(db)) process.stderr.write(`corroborate: ${staleStoryNotice}\n`);
}
