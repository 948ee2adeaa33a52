import type { FetchLimits } from '../ingest/fetch/fetchPolitely.js';
import type { Database } from '../store/Database.js';
import { analyzeSources, type AnalyzeSummary } from './analyzeSources.js';

export interface PollRequest {
  /** Feed files or URLs. */
  feeds: readonly string[];
  fetchLimits?: Partial<FetchLimits>;
  threads?: number;
}

/**
 * One poll of `watch-feeds`: every feed is read again (a feed URL is asked
 * of its server, not the cache) and each item analysed as `analyze` would;
 * an item stored by an earlier poll is recognised by its content and counted
 * as already stored, and a link fetched before comes from the cache, so a
 * poll with nothing new costs one request per feed.
 */
export function pollFeeds(db: Database, request: PollRequest): Promise<AnalyzeSummary> {
  return analyzeSources(db, { paths: request.feeds, freshUrls: true, fetchLimits: request.fetchLimits, threads: request.threads });
}
