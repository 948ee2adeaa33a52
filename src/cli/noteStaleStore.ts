import type { Database } from '../store/Database.js';

/**
 * Readers never bring the store up to date themselves: when articles were
 * analysed by an older version, or the story lags the stored articles, they
 * say so on stderr (never stdout, which may be JSON) and name the command
 * that fixes it (`corroborate reanalyze`, `corroborate relate`).
 * The checks load when a command runs, not for `--help` (main.ts).
 */
export async function noteStaleStore(db: Database): Promise<void> {
  const { checkAnalyzerVersion, describeStaleAnalysis } = await import('../usecases/checkAnalyzerVersion.js');
  const { isStoryStale, staleStoryNotice } = await import('../usecases/relateStory.js');
  const analysis = describeStaleAnalysis(await checkAnalyzerVersion(db));
  if (analysis) process.stderr.write(`corroborate: ${analysis}\n`);
  if (await isStoryStale(db)) process.stderr.write(`corroborate: ${staleStoryNotice}\n`);
}
