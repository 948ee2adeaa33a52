import type { Database } from '../store/Database.js';
import { isStoryStale, staleStoryNotice } from '../usecases/relateStory.js';

/** Readers never relate the story themselves: when it lags the stored articles, they say so on stderr and name the command that brings it up to date. */
export async function noteStaleStory(db: Database): Promise<void> {
  if (await isStoryStale(db)) process.stderr.write(`corroborate: ${staleStoryNotice}\n`);
}
