import type { Database } from '../store/Database.js';
import { listClaimSummaries, type ClaimSummary } from '../store/loadStory.js';
import { readStoryVersion } from '../store/storyVersions.js';
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
  return { corpus: await readCorpusSpanOnce(db), claims, stale: await isStoryStale(db) };
}

const spans = new WeakMap<Database, { key: string; span: CorpusSpan }>();

/**
 * The corpus span, read again only when the number of articles or the story
 * changed: it scans every article (count of distinct outlets, 90 ms at
 * 10,000 articles), and the board and the article list ask for it on every
 * request. A correction of an outlet or a date, or a reanalysis, derives the
 * story again, which moves its version.
 */
export async function readCorpusSpanOnce(db: Database): Promise<CorpusSpan> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
  const key = `${n} ${await readStoryVersion(db)}`;
  const kept = spans.get(db);
  if (kept?.key === key) return kept.span;
  const span = await readCorpusSpan(db);
  spans.set(db, { key, span });
  return span;
}
