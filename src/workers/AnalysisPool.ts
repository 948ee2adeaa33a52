import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle } from '../analyze/analyzeArticle.js';
import type { RawArticle } from '../ingest/types.js';
import type { CorrectionRecord } from '../model/correction.js';
import type { ArticlePayload } from '../store/saveArticle.js';
import type { AnalysisAnswer, AnalysisRequest } from './analysisMessages.js';

/**
 * What became of one analysis: the article and what to store of it (its
 * members read with the corrections `readWith`), or why there is none
 * (without the source; the caller prefixes it).
 */
export type AnalysisOutcome = { analyzed: AnalyzedArticle; toStore: StorePayload } | { failed: string };

export interface StorePayload {
  payload: ArticlePayload;
  readWith: readonly CorrectionRecord[];
  /** Time the thread spent reading the members and building the payload. */
  ms: number;
}

export interface PoolOptions {
  /** Analysis threads; each analyses one article at a time. */
  threads: number;
  /** An analysis that runs longer is stopped and its article fails. */
  articleBudgetMs: number;
}

/** One analysis thread per core: the main thread's share (reading, writing the store) is small beside the analysis. */
export const defaultThreads = Math.max(1, availableParallelism());
export const defaultArticleBudgetSeconds = 10;

/** The pool cannot analyse anything (an analysis thread failed to start); not any one article's fault. */
export class AnalysisPoolError extends Error {
  override name = 'AnalysisPoolError';
}

interface Task {
  id: number;
  raw: RawArticle;
  contentHash: string;
  corrections: CorrectionRecord[];
  resolve: (outcome: AnalysisOutcome) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

const threadEntry = new URL('./analysisThread.mjs', import.meta.url);

/**
 * Runs analyzeArticle in worker threads, so the main thread stays free to
 * read inputs, write the store and answer requests. Articles wait in one
 * queue and go to the first idle thread. An analysis over the time budget
 * cannot be interrupted from outside (the stages are synchronous), so its
 * thread is terminated and a fresh one started; the article fails with the
 * reason. Idle threads do not keep the process alive (they are unref'd), so a
 * pool that is never closed does not hold a test or a command open.
 */
export class AnalysisPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Task[] = [];
  private nextTask = 1;
  private broken?: AnalysisPoolError;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`threads must be a whole number, at least 1; got ${options.threads}`);
    if (!(options.articleBudgetMs > 0)) throw new RangeError(`the article time budget must be more than 0 ms; got ${options.articleBudgetMs}`);
  }

  get size(): number {
    return this.options.threads;
  }

  /** Threads started so far (running or starting): at most `size`, and no more than articles have waited for. */
  get started(): number {
    return this.threads.length;
  }

  /**
   * Analyses one article in a thread, and reads its members with `corrections`
   * (the corrections by hand in force); resolves with the article or the
   * reason it failed, rejects only when the pool itself cannot work.
   */
  analyze(raw: RawArticle, contentHash: string, corrections: CorrectionRecord[] = []): Promise<AnalysisOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new AnalysisPoolError('the analysis pool is closed'));
    return new Promise<AnalysisOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextTask++, raw, contentHash, corrections, resolve, reject });
      // Threads start as articles wait for them, up to the pool's size: a server that never receives an
      // upload starts none, and `analyze one.txt` one (each thread loads the models: ~1.5 s of CPU, ~150 MB).
      const unoccupied = this.threads.filter((thread) => !thread.task).length;
      if (this.queue.length > unoccupied && this.threads.length < this.options.threads) this.threads.push(this.startThread());
      this.dispatch();
    });
  }

  /** Stops every thread; articles still waiting or in progress reject. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new AnalysisPoolError('the analysis pool was closed before this article was analysed');
    for (const task of this.queue.splice(0)) task.reject(error);
    const threads = this.threads.splice(0);
    for (const thread of threads) {
      clearTimeout(thread.timer);
      thread.task?.reject(error);
    }
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private startThread(): Thread {
    const worker = new Worker(threadEntry);
    const thread: Thread = { worker, ready: false };
    worker.on('message', (message: AnalysisAnswer) => this.onAnswer(thread, message));
    worker.on('error', (error) => this.onThreadEnd(thread, error.message));
    worker.on('exit', (code) => this.onThreadEnd(thread, `it exited with code ${code}`));
    this.updateRefs();
    return thread;
  }

  private onAnswer(thread: Thread, message: AnalysisAnswer): void {
    if ('ready' in message) {
      thread.ready = true;
    } else {
      const task = thread.task;
      if (!task || task.id !== message.task) return;
      clearTimeout(thread.timer);
      thread.task = undefined;
      if ('analyzed' in message) task.resolve({ analyzed: message.analyzed, toStore: { payload: message.payload, readWith: task.corrections, ms: message.membersMs } });
      else if ('unreadable' in message) task.resolve({ failed: message.unreadable });
      else task.resolve({ failed: `analysis failed (${message.crashed}); please report this with the file` });
    }
    this.dispatch();
  }

  /** A thread that ended on its own: its article fails, and a thread that never became ready breaks the pool (starting another would fail the same way). */
  private onThreadEnd(thread: Thread, why: string): void {
    const index = this.threads.indexOf(thread);
    if (index < 0) return; // already replaced (terminated over budget) or the pool is closed
    clearTimeout(thread.timer);
    if (!thread.ready) {
      this.threads.splice(index, 1);
      this.breakPool(new AnalysisPoolError(`an analysis thread could not start (${why}); the entry is ${threadEntry.pathname}`));
      return;
    }
    thread.task?.resolve({ failed: `the analysis thread stopped while analysing it (${why}); please report this with the file` });
    this.threads[index] = this.startThread();
    this.dispatch();
  }

  private onOverBudget(thread: Thread): void {
    const index = this.threads.indexOf(thread);
    if (index < 0 || !thread.task) return;
    const seconds = this.options.articleBudgetMs / 1000;
    thread.task.resolve({
      failed: `took longer than ${seconds} s to analyse; it was stopped (split it into smaller articles, or raise --article-timeout)`,
    });
    thread.task = undefined;
    // Replaced before terminate() reports the exit, so onThreadEnd ignores it.
    this.threads[index] = this.startThread();
    void thread.worker.terminate();
    this.dispatch();
  }

  private breakPool(error: AnalysisPoolError): void {
    this.broken = error;
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const thread of this.threads.splice(0)) {
      clearTimeout(thread.timer);
      thread.task?.reject(error);
      void thread.worker.terminate();
    }
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      if (!this.queue.length) break;
      if (!thread.ready || thread.task) continue;
      const task = this.queue.shift()!;
      thread.task = task;
      thread.timer = setTimeout(() => this.onOverBudget(thread), this.options.articleBudgetMs);
      const request: AnalysisRequest = { task: task.id, raw: task.raw, contentHash: task.contentHash, corrections: task.corrections };
      thread.worker.postMessage(request);
    }
    this.updateRefs();
  }

  /** Threads keep the process alive only while there is work: an article in progress or waiting. */
  private updateRefs(): void {
    const busy = this.queue.length > 0 || this.threads.some((thread) => thread.task);
    for (const thread of this.threads) {
      if (busy) thread.worker.ref();
      else thread.worker.unref();
    }
  }
}
