import { setTimeout as sleep } from 'node:timers/promises';
import { printable } from '../model/printable.js';
import { StoreUnavailableError } from './Database.js';

/*
 * Errors that say the connection failed, not the query: the server was
 * restarted or failed over, or an administrator ended the session
 * ("terminating connection due to administrator command", 57P01), the server
 * is shutting down or still starting (57P02, 57P03), the link broke (SQLSTATE
 * class 08, a reset or refused socket), or pg noticed the socket closed
 * ("Connection terminated unexpectedly"). Anything else (a constraint, a
 * syntax error, a NUL in a text value) is the query's own error and is never retried.
 */
const connectionStates = new Set(['57P01', '57P02', '57P03']);
const socketCodes = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const connectionMessages = /Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|terminating connection/i;

export function isConnectionError(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (connectionStates.has(code) || code.startsWith('08') || socketCodes.has(code))) return true;
  return connectionMessages.test(error.message);
}

export interface RetryWindow {
  /** How long to keep trying before giving up with StoreUnavailableError. */
  seconds: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/*
 * 0.1 s doubling to 5 s, for 30 s: a terminated backend is replaced on the
 * first retry, a restart of the server (a few seconds) is ridden out, and a
 * server that stays away is reported within half a minute.
 * CORROBORATE_STORE_RETRY_SECONDS changes the window (0: fail at once).
 */
export function retryWindowFromEnvironment(): RetryWindow {
  const configured = Number(process.env.CORROBORATE_STORE_RETRY_SECONDS);
  const seconds = process.env.CORROBORATE_STORE_RETRY_SECONDS && Number.isFinite(configured) && configured >= 0 ? configured : 30;
  return { seconds, firstDelayMs: 100, maxDelayMs: 5000 };
}

/**
 * A connection error raised by COMMIT: the server may have committed before
 * the link broke, so the transaction must not be run again blindly.
 */
export class CommitOutcomeUnknown extends Error {
  override name = 'CommitOutcomeUnknown';
}

/**
 * Returns a runner that runs `attempt` again with back-off while it fails
 * with a connection error, for up to the window; then throws
 * StoreUnavailableError naming `store` and the last cause. `attempt` must be
 * safe to run again: a read, an idempotent write, or a whole transaction
 * that did not reach COMMIT.
 *
 * Once a window has run out, later calls try once and fail at once until one
 * succeeds: a batch of 200 articles on a server that is down reports each
 * one as not stored in a moment instead of waiting 30 s for each, and serve
 * answers 503 at once instead of after 30 s.
 */
export function retryWhileUnavailable(store: string, window: RetryWindow): <T>(attempt: () => Promise<T>) => Promise<T> {
  let down = false;
  return async (attempt) => {
    const started = performance.now();
    let delay = window.firstDelayMs;
    for (;;) {
      try {
        const result = await attempt();
        down = false;
        return result;
      } catch (error) {
        if (error instanceof CommitOutcomeUnknown) {
          throw new StoreUnavailableError(store, `the connection was lost during COMMIT (${error.message}), so whether the transaction was stored is unknown; a re-run finds it if it was`, { cause: error });
        }
        if (error instanceof StoreUnavailableError || !isConnectionError(error)) throw error;
        const remainingMs = down ? 0 : window.seconds * 1000 - (performance.now() - started);
        if (remainingMs <= 0) {
          down = true;
          throw new StoreUnavailableError(store, `${describeConnectionError(error)} (retried for ${window.seconds} s)`, { cause: error });
        }
        await sleep(Math.min(delay, remainingMs));
        delay = Math.min(delay * 2, window.maxDelayMs);
      }
    }
  };
}

/** 'terminating connection due to administrator command (57P01)', on one line. */
export function describeConnectionError(error: unknown): string {
  const { message, code } = error as { message?: string; code?: unknown };
  return printable(`${message ?? String(error)}${typeof code === 'string' && !message?.includes(code) ? ` (${code})` : ''}`);
}

