import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../model/checkRecord.js';
import type { Queryable } from '../store/Database.js';
import type { CheckRequest, CheckThreadMessage, QueryAnswer } from './checkMessages.js';

const threadEntry = new URL('./checkThread.mjs', import.meta.url);

/** A check thread failed; the message says which share and why. */
export class CheckThreadError extends Error {
  override name = 'CheckThreadError';
}

/**
 * Checks each share of the claims on a thread of its own, so a list of a
 * thousand claims uses every core. The store stays on this thread (the
 * embedded store answers one query at a time, and only in the process
 * that opened it): each thread sends its queries here. Results come back
 * per share, in the order of the share.
 */
export async function checkOnThreads(db: Queryable, shares: CheckRequest[]): Promise<CheckResult[][]> {
  return Promise.all(shares.map((share, index) => checkOneShare(db, share, index + 1)));
}

function checkOneShare(db: Queryable, share: CheckRequest, number: number): Promise<CheckResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(threadEntry, { workerData: share });
    let settled = false;
    const settle = (outcome: { checks: CheckResult[] } | { error: Error }) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if ('checks' in outcome) resolve(outcome.checks);
      else reject(outcome.error);
    };
    const fail = (why: string) => settle({ error: new CheckThreadError(`check thread ${number} (${share.claims.length} claims) failed: ${why}`) });
    worker.on('message', (message: CheckThreadMessage) => {
      if ('checks' in message) return settle({ checks: message.checks });
      if ('failed' in message) return fail(message.failed);
      const answer = (reply: QueryAnswer) => { if (!settled) worker.postMessage(reply); };
      db.query(message.sql, message.params).then(
        (rows) => answer({ query: message.query, rows }),
        (error: unknown) => answer({ query: message.query, error: error instanceof Error ? error.message : String(error) }),
      );
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`it exited with code ${code} before answering`));
  });
}
