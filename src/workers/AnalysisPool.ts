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
  /** An article in a thread this long, with others waiting, lets a further thread start (default slowArticleMs). */
  slowArticleMs?: number;
}

/** One analysis thread per core: the main thread's share (reading, writing the store) is small beside the analysis. */
export const defaultThreads = Math.max(1, availableParallelism());
export const defaultArticleBudgetSeconds = 10;

/*
 * A thread costs its start: it loads the code and the models (about 2.5 s of CPU and 150 MB), while
 * an ordinary article takes 0.1-0.3 s. So the first thread starts with the first article, and each
 * further one only once the batch has shown it is worth one: the pool has analysed this many
 * articles per thread running with more still waiting (`analyze` of the 14-article sample corpus
 * runs on one thread; a 10,000-article batch has its second after about 3 s), or an article has
 * held a thread for `slowArticleMs` while others wait (one long page does not hold up the rest).
 */
export const articlesPerThreadStart = 16;
export const slowArticleMs = 2000;

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
  /** Fires when the task in hand has taken `slowArticleMs`: another thread may start for the articles waiting. */
  slowTimer?: NodeJS.Timeout;
  slow?: boolean;
}

const threadEntry = new URL('./analysisThread.mjs', import.meta.url);

/** The task in hand is done with, or the thread is: neither its budget nor its slow-article wait may fire. */
function stopTimers(thread: Thread): void {
  clearTimeout(thread.timer);
  clearTimeout(thread.slowTimer);
}

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
  private analysed = 0;
  private broken?: AnalysisPoolError;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`threads must be a whole number, at least 1; got ${options.threads}`);
    if (!(options.articleBudgetMs > 0)) throw new RangeError(`the article time budget must be more than 0 ms; got ${options.articleBudgetMs}`);
  }

  get size(): number {
    return this.options.threads;
  }

  /** Threads started so far (running or starting): at most `size`, and no more than the work has asked for (see articlesPerThreadStart). */
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
      this.dispatch();
    });
  }

  /**
   * Starts a thread when articles wait for one, up to the pool's size: a server that never
   * receives an upload starts none, `analyze one.txt` one, and a further thread starts only as
   * articlesPerThreadStart says.
   */
  private startThreadIfWorthIt(): void {
    if (this.closed || this.broken || this.threads.length >= this.options.threads) return;
    const unoccupied = this.threads.filter((thread) => !thread.task).length;
    if (this.queue.length <= unoccupied) return;
    const longBatch = this.analysed >= articlesPerThreadStart * this.threads.length;
    if (this.threads.length === 0 || longBatch || this.threads.some((thread) => thread.slow)) this.threads.push(this.startThread());
  }

  /** Stops every thread; articles still waiting or in progress reject. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new AnalysisPoolError('the analysis pool was closed before this article was analysed');
    for (const task of this.queue.splice(0)) task.reject(error);
    const threads = this.threads.splice(0);
    for (const thread of threads) {
      stopTimers(thread);
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
      stopTimers(thread);
      thread.task = undefined;
      thread.slow = false;
      this.analysed += 1;
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
    stopTimers(thread);
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
    stopTimers(thread);
    // Replaced before terminate() reports the exit, so onThreadEnd ignores it.
    this.threads[index] = this.startThread();
    void thread.worker.terminate();
    this.dispatch();
  }

  private breakPool(error: AnalysisPoolError): void {
    this.broken = error;
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const thread of this.threads.splice(0)) {
      stopTimers(thread);
      thread.task?.reject(error);
      void thread.worker.terminate();
    }
  }

  private dispatch(): void {
    this.startThreadIfWorthIt();
    for (const thread of this.threads) {
      if (!this.queue.length) break;
      if (!thread.ready || thread.task) continue;
      const task = this.queue.shift()!;
      thread.task = task;
      thread.timer = setTimeout(() => this.onOverBudget(thread), this.options.articleBudgetMs);
      thread.slowTimer = setTimeout(() => {
        thread.slow = true;
        this.dispatch();
      }, this.options.slowArticleMs ?? slowArticleMs);
      thread.slowTimer.unref();
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
