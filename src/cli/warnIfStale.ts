import type { Queryable } from '../store/Database.js';
import { checkAnalyzerVersion, describeStaleAnalysis } from '../usecases/checkAnalyzerVersion.js';

/** Says on stderr (never stdout, which may be JSON) when stored articles were analysed by an older version. */
export async function warnIfStale(db: Queryable): Promise<void> {
  const message = describeStaleAnalysis(await checkAnalyzerVersion(db));
  if (message) process.stderr.write(`corroborate: ${message}\n`);
}
