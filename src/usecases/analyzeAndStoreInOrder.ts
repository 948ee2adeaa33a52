import { contentHashOf } from '../ingest/contentHashOf.js';
import type { SourceItem } from '../ingest/readSources.js';
import type { IngestFailure, RawArticle } from '../ingest/types.js';
import type { Database } from '../store/Database.js';
import { loadCorrectionsInForce } from '../store/corrections.js';
import type { AnalysisOutcome, AnalysisPool } from '../workers/AnalysisPool.js';
import { duplicateOf, findStored, storeAnalysis, type ArticleResult, type CorrectionsSeen, type StepTimer } from './analyzeAndStoreArticle.js';

/** One input's outcome: what became of its article, or why it never was one. */
export type ItemResult = ArticleResult | { outcome: 'unread'; failure: IngestFailure };

interface Pending {
  item: SourceItem;
  contentHash?: string;
  /** Known before its turn: a failure to read, or an article stored before this batch. */
  result?: ItemResult;
  /** Running in the pool. */
  analysis?: Promise<AnalysisOutcome>;
}

/**
 * Runs a batch through the pool with several articles in analysis at once,
 * and stores them one by one in input order, so what is stored (and which of
 * two equal articles counts as the duplicate) never depends on which thread
 * finished first. Reading goes on while the threads work: up to two articles
 * per thread wait for their turn. `onResult` is called in input order.
 */
export async function analyzeAndStoreInOrder(
  db: Database,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  pool: AnalysisPool,
  time: StepTimer,
  onResult: (item: SourceItem, result: ItemResult) => void | Promise<void>,
): Promise<void> {
  const window: Pending[] = [];
  const hashesInWindow = new Set<string>();
  const windowSize = pool.size * 2;
  // Sent with each article, for its thread to read its members with; checked again when it is stored.
  const seen: CorrectionsSeen = { inForce: await loadCorrectionsInForce(db) };

  const finishHead = async () => {
    const head = window.shift()!;
    const result = head.result ?? (await resultAtTurn(db, head, pool, time, seen));
    if (head.contentHash && head.analysis) hashesInWindow.delete(head.contentHash);
    await onResult(head.item, result);
  };

  for await (const item of items) {
    window.push(await startItem(db, item, pool, time, hashesInWindow, seen));
    if (window.length >= windowSize) await finishHead();
  }
  while (window.length) await finishHead();
}

async function startItem(db: Database, item: SourceItem, pool: AnalysisPool, time: StepTimer, hashesInWindow: Set<string>, seen: CorrectionsSeen): Promise<Pending> {
  if ('failure' in item) return { item, result: { outcome: 'unread', failure: item.failure } };
  const contentHash = contentHashOf(item.article.content);
  // The same content earlier in the window: decided at its turn, once the earlier one is stored.
  if (hashesInWindow.has(contentHash)) return { item, contentHash };
  const existing = await findStored(db, contentHash, time);
  if (existing) return { item, contentHash, result: duplicateOf(item.article, existing) };
  hashesInWindow.add(contentHash);
  const analysis = pool.analyze(item.article, contentHash, seen.inForce);
  // Awaited at its turn; until then a rejection (the pool broke) must not count as unhandled.
  analysis.catch(() => undefined);
  return { item, contentHash, analysis };
}

async function resultAtTurn(db: Database, pending: Pending, pool: AnalysisPool, time: StepTimer, seen: CorrectionsSeen): Promise<ArticleResult> {
  const raw: RawArticle = (pending.item as { article: RawArticle }).article;
  const contentHash = pending.contentHash!;
  if (pending.analysis) return storeAnalysis(db, raw, await pending.analysis, time, seen);
  const existing = await findStored(db, contentHash, time);
  if (existing) return duplicateOf(raw, existing);
  // Its twin earlier in the batch failed; analysed here, it fails the same way or, with other metadata, is stored.
  return storeAnalysis(db, raw, await pool.analyze(raw, contentHash, seen.inForce), time, seen);
}
