import type { Database } from '../store/Database.js';
import { listClaimSummaries, type ClaimSummary } from '../store/loadStory.js';
import { readCorpusSpan, type CorpusSpan } from './readStory.js';
import { isStoryStale } from './relateStory.js';

export interface StoryBoard {
  corpus: CorpusSpan;
  /** Every claim, most-reported first. */
  claims: ClaimSummary[];
  /** The story lags the stored articles: `corroborate relate` brings it up to date. */
  stale: boolean;
}

/**
 * The story at a glance: what the corpus is, and every claim with its status,
 * stance counts and report dates. Read from the claims table, so its cost
 * grows with the number of claims, not of articles.
 */
export async function readStoryBoard(db: Database): Promise<StoryBoard> {
  const { claims } = await listClaimSummaries(db, { limit: Number.MAX_SAFE_INTEGER, offset: 0 });
  return { corpus: await readCorpusSpan(db), claims, stale: await isStoryStale(db) };
}
