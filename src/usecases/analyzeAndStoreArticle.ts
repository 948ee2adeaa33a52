import type { AnalyzedArticle } from '../analyze/analyzeArticle.js';
import { analyzerVersion } from '../analyze/analyzerVersion.js';
import { contentHashOf } from '../ingest/contentHashOf.js';
import type { RawArticle } from '../ingest/types.js';
import type { Database } from '../store/Database.js';
import { articlePayload, saveArticlePayload } from '../store/saveArticle.js';
import type { CorrectionRecord } from '../model/correction.js';
import { toArticleRecord } from '../record/toArticleRecord.js';
import { storyReaderVersion } from '../relate/readMembers.js';
import { readCorrectedMembers } from '../relate/corrections/applyCorrections.js';
import { loadCorrectionsInForce } from '../store/corrections.js';
import type { AnalysisOutcome, AnalysisPool } from '../workers/AnalysisPool.js';
import { toMemberRows } from './relateStory.js';

/** What became of one article; `analyzed` is there when this call analysed it (for `--json`). */
export type ArticleResult =
  | { outcome: 'stored'; id: string; source: string; analyzed: AnalyzedArticle }
  | { outcome: 'duplicate'; id: string; source: string; storedFrom?: string; analyzed?: AnalyzedArticle }
  | { outcome: 'failed'; source: string; reason: string; storeError?: unknown };

/** Adds milliseconds to a named step ('lookup', 'store', each pipeline stage) of the caller's timings. */
export type StepTimer = (step: string, ms: number) => void;

/**
 * The per-article step that `analyze`, uploads and the queue workers share,
 * so all store the same analysis: skip an article whose content hash is
 * stored, otherwise analyse it in the pool (off this thread, within the time
 * budget) and store it atomically. An article that cannot be analysed or
 * stored is a 'failed' result naming its source; a store error is kept in
 * `storeError` for a caller that tells a refused value from a lost
 * connection (the worker). Running it twice on the same article stores it
 * once: the second call finds it (or loses the insert race in saveArticle)
 * and says 'duplicate'.
 */
export async function analyzeAndStoreArticle(db: Database, raw: RawArticle, time: StepTimer, pool: AnalysisPool): Promise<ArticleResult> {
  const contentHash = contentHashOf(raw.content);
  const existing = await findStored(db, contentHash, time);
  if (existing) return duplicateOf(raw, existing);
  return storeAnalysis(db, raw, await pool.analyze(raw, contentHash), time);
}

/** The stored article with this content, if any. */
export async function findStored(db: Database, contentHash: string, time: StepTimer): Promise<{ id: string; source: string } | undefined> {
  const step = performance.now();
  const [existing] = await db.query<{ id: string; source: string }>('SELECT id, source FROM articles WHERE content_hash = $1', [contentHash]);
  time('lookup', performance.now() - step);
  return existing;
}

export function duplicateOf(raw: RawArticle, existing: { id: string; source: string }): ArticleResult {
  return { outcome: 'duplicate', id: existing.id, source: raw.source, storedFrom: existing.source };
}

/** The corrections by hand in force as last read, for the next articles sent to the pool (updated by storeAnalysis). */
export interface CorrectionsSeen {
  inForce: CorrectionRecord[];
}

/**
 * Stores an analysis in its own transaction; a failed analysis or a store that refuses it is this article's failure.
 * The article's own bearing on the story (its members) is stored with it, atomically, read with the corrections
 * in force (two speakers marked as one source are one in a new article too): the analysis thread read them with
 * the corrections in force when the article was sent; when one was made or undone since, they are read again here.
 */
export async function storeAnalysis(db: Database, raw: RawArticle, analysis: AnalysisOutcome, time: StepTimer, seen?: CorrectionsSeen): Promise<ArticleResult> {
  if ('failed' in analysis) return { outcome: 'failed', source: raw.source, reason: `${raw.source}: ${analysis.failed}` };
  const { analyzed, toStore } = analysis;
  for (const timing of analyzed.timings) time(timing.stage, timing.ms);
  time('members', toStore.ms);
  const step = performance.now();
  try {
    const inForce = await loadCorrectionsInForce(db);
    if (seen) seen.inForce = inForce;
    const payload = sameCorrections(toStore.readWith, inForce)
      ? toStore.payload
      : articlePayload(analyzed, toMemberRows(readCorrectedMembers(toArticleRecord(analyzed), inForce)), { analyzerVersion, storyReaderVersion }, raw);
    if ((await saveArticlePayload(db, payload)) === 'stored') return { outcome: 'stored', id: analyzed.id, source: raw.source, analyzed };
    // Stored meanwhile by another batch (an upload sent at the same time, another process): say from where.
    const [existing] = await db.query<{ source: string }>('SELECT source FROM articles WHERE content_hash = $1', [analyzed.contentHash]);
    return { outcome: 'duplicate', id: analyzed.id, source: raw.source, analyzed, ...(existing ? { storedFrom: existing.source } : {}) };
  } catch (error) {
    // Such as PostgreSQL refusing a value: "invalid byte sequence for encoding "UTF8": 0x00".
    const message = error instanceof Error ? error.message : String(error);
    return { outcome: 'failed', source: raw.source, reason: `${raw.source}: could not be stored (${message})`, storeError: error };
  } finally {
    time('store', performance.now() - step);
  }
}

const sameCorrections = (a: readonly CorrectionRecord[], b: readonly CorrectionRecord[]) =>
  a.length === b.length && (a.length === 0 || JSON.stringify(a) === JSON.stringify(b));
