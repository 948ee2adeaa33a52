import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../store/Database.js';
import { isConnectionError } from '../store/retryWhileUnavailable.js';
import { analyzeAndStoreArticle } from '../usecases/analyzeAndStoreArticle.js';
import { AnalysisPool, AnalysisPoolError, defaultArticleBudgetSeconds, defaultThreads } from '../workers/AnalysisPool.js';
import { notRelatedWarning, relateStory } from '../usecases/relateStory.js';
import { addResult, emptySummary, timerFor, type AnalyzeSummary } from '../usecases/analyzeSources.js';
import { readArticleJob } from './articleJob.js';
import type { ArticleQueue } from './openArticleQueue.js';

export interface WorkerOptions {
  /** Jobs in progress at once in this process; see docs/performance.md for why 1 is the right default. */
  concurrency: number;
  /** Exit once no job is waiting or in progress, instead of waiting for more. */
  drain: boolean;
  /** Aborted on SIGTERM: each lane finishes the jobs it holds and stops. */
  signal: AbortSignal;
  /** Analysis threads (default 1). */
  threads?: number;
  /** A job whose analysis takes longer completes as failed, with the reason, instead of coming back forever (default 10 s). */
  articleBudgetSeconds?: number;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number;
  /** Seconds at least between two relates of the story while jobs keep coming (default 10); see relateEverySecondsDefault. */
  relateEverySeconds?: number;
}

/*
 * The story is related at most every 10 s while jobs keep coming, when the
 * queue runs empty, and when the worker stops; not after every batch. A
 * relate re-derives each subject the new articles touched from all its
 * members, so after every batch of four it cost more than the articles
 * themselves, and more as the story grew: 200 ms per article at 1,000
 * synthetic articles (88 % of the worker's time, and as much CPU again in
 * the server), rising through the run. Jobs are completed as soon as their
 * articles are stored: relateStory relates whatever the store says is stale,
 * so a worker killed before relating leaves the story stale, and the next
 * relate of any worker (or `corroborate relate`) brings it up to date;
 * readers meanwhile say the story is stale.
 */
const relateEverySecondsDefault = 10;

/*
 * A lane takes a few jobs at a time: one fetch per job would make the queue
 * a round trip per article, while a long batch would leave more jobs to wait
 * for the timeout when the worker is killed and more to finish on SIGTERM.
 * Four jobs take about 0.1 s to analyse.
 */
const jobsPerFetch = 4;

/**
 * Runs queued articles through the same per-article step as `analyze` until
 * stopped (or, with `drain`, until the queue is empty), and sums up what it
 * did like `analyze`. A job is completed only after its article is stored,
 * so a worker killed at any moment leaves its jobs to be retried; a retry
 * finds the article stored and counts it as already stored. The timings
 * add 'queue': the time spent fetching and completing jobs.
 */
export async function runWorker(db: Database, queue: ArticleQueue, options: WorkerOptions): Promise<AnalyzeSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const time = timerFor(summary);
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const pool = new AnalysisPool({
    threads: options.threads ?? defaultThreads,
    articleBudgetMs: (options.articleBudgetSeconds ?? defaultArticleBudgetSeconds) * 1000,
  });
  const relateEveryMs = (options.relateEverySeconds ?? relateEverySecondsDefault) * 1000;
  let lastRelate = performance.now();
  let storedSinceRelate = false;
  // One relate at a time in this process: the lanes wait for the one running rather than start their own.
  let relating: Promise<void> | null = null;
  const relate = (): Promise<void> => {
    relating ??= (async () => {
      const step = performance.now();
      storedSinceRelate = false;
      try {
        const related = await relateStory(db);
        summary.warnings.push(...related.failed.map(notRelatedWarning));
      } catch (error) {
        // Still to do: a store that went away mid-relate leaves the story stale, and the next chance relates it.
        storedSinceRelate = true;
        throw error;
      } finally {
        lastRelate = performance.now();
        time('relate', lastRelate - step);
        relating = null;
      }
    })();
    return relating;
  };

  const lane = async () => {
    while (!options.signal.aborted) {
      let step = performance.now();
      const jobs = await queue.fetch(jobsPerFetch);
      time('queue', performance.now() - step);
      if (!jobs.length) {
        if (storedSinceRelate) await relate();
        if (options.drain && (await queue.unfinished()) === 0) return;
        await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined);
        continue;
      }
      // Completed together after the batch: one round trip instead of one per job. A kill before that
      // leaves stored articles with open jobs, which come back as 'already stored'.
      const done: string[] = [];
      for (const job of jobs) {
        const raw = readArticleJob(job.data);
        if ('invalid' in raw) {
          summary.failed.push({ source: `job ${job.id}`, reason: `job ${job.id}: ${raw.invalid}` });
          await queue.complete(job.id, { outcome: 'failed', reason: raw.invalid });
          continue;
        }
        let result;
        try {
          result = await analyzeAndStoreArticle(db, raw, time, pool);
          if (result.outcome === 'failed' && result.storeError !== undefined && !isRefusedValue(result.storeError)) throw result.storeError;
        } catch (error) {
          if (error instanceof AnalysisPoolError) throw error;
          // Not the article's fault (the store is unreachable or busy): the job goes back to the queue.
          const message = error instanceof Error ? error.message : String(error);
          summary.warnings.push(`${raw.source}: could not be stored (${message}); returned to the queue for a retry`);
          await queue.fail(job.id, { message }).catch(() => undefined);
          continue;
        }
        addResult(summary, result);
        if (result.outcome === 'failed') await queue.complete(job.id, { outcome: result.outcome, reason: result.reason });
        else done.push(job.id);
      }
      step = performance.now();
      if (done.length) await queue.complete(done);
      time('queue', performance.now() - step);
      if (done.length) storedSinceRelate = true;
      if (storedSinceRelate && performance.now() - lastRelate >= relateEveryMs) await relate();
    }
  };

  try {
    // At least one lane per analysis thread, or threads would sit idle while a lane waits for its article.
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency, pool.size) }, () => pausingWhileUnavailable(lane, summary, options.signal)));
    // Stopping (drained, or SIGTERM): the story is left up to date, also when an earlier worker was killed before relating.
    // A store gone away now leaves it stale, which the next relate of any process mends: said, not thrown.
    await relate().catch((error: unknown) => {
      if (!isConnectionError(error)) throw error;
      summary.warnings.push(`the story was not related (${error instanceof Error ? error.message : String(error)}); the next worker or 'corroborate relate' will`);
    });
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

const pauseSeconds = 5;

/*
 * The store and the queue each retry a lost connection for their window (30 s); a
 * database that stays away longer ends the lane's round with StoreUnavailableError. The
 * lane then pauses and starts again, so the worker waits for the server instead of
 * dying. No job is lost meanwhile: a job whose article could not be stored was sent
 * back, and one taken but not completed returns after its timeout.
 */
async function pausingWhileUnavailable(lane: () => Promise<void>, summary: AnalyzeSummary, signal: AbortSignal): Promise<void> {
  for (;;) {
    try {
      return await lane();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      // Once per cause, live and in the summary: an hour's outage is one line, not one per pause.
      const warning = `${signal.aborted ? 'stopped while' : `paused (trying again every ${pauseSeconds} s):`} ${(error as Error).message}`;
      if (!summary.warnings.includes(warning)) {
        summary.warnings.push(warning);
        process.stderr.write(`corroborate worker: ${warning}\n`);
      }
      if (signal.aborted) return;
      await sleep(pauseSeconds * 1000, undefined, { signal }).catch(() => undefined);
    }
  }
}

/*
 * PostgreSQL error classes that mean "this value, this row": data exceptions
 * (22: "invalid byte sequence for encoding "UTF8": 0x00", a value too long),
 * integrity violations (23) and program limits (54: "index row size exceeds
 * maximum"). Retrying such a job fails the same way every time, so it
 * completes as failed; anything else (a lost connection) is retried.
 */
const refusedValueClasses = ['22', '23', '54'];

function isRefusedValue(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && refusedValueClasses.includes(code.slice(0, 2));
}
