import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { StoreError, StoreUnavailableError } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { isConnectionError, retryWhileUnavailable } from '../../src/store/retryWhileUnavailable.js';

const quick = { seconds: 0.3, firstDelayMs: 10, maxDelayMs: 50 };
/** For the attempts that must succeed inside the window: wide enough that a pause of the machine cannot close it, as fast when it does not. */
const roomy = { seconds: 5, firstDelayMs: 10, maxDelayMs: 50 };

/** What pg throws when the server ends the session: 57P01 admin_shutdown. */
function adminShutdown(): Error {
  return Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
}

describe('retryWhileUnavailable', () => {
  it('tells connection errors from the query’s own errors', () => {
    expect(isConnectionError(adminShutdown())).toBe(true);
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
  });

  it('runs a query again after a lost connection, and never a query that failed on its own', async () => {
    const retry = retryWhileUnavailable('postgres:test', roomy);
    let attempts = 0;
    expect(await retry(async () => (++attempts < 3 ? Promise.reject(adminShutdown()) : 'answered'))).toBe('answered');
    expect(attempts).toBe(3);
    attempts = 0;
    const ownError = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
    await expect(retry(async () => (attempts++, Promise.reject(ownError)))).rejects.toBe(ownError);
    expect(attempts).toBe(1);
  });

  it('gives up after the window with StoreUnavailableError naming the store and the cause, then fails at once until the store answers', async () => {
    const retry = retryWhileUnavailable('postgres:127.0.0.1:5432/test', quick);
    const failing = async () => Promise.reject(adminShutdown());
    const error = await retry(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe(
      'the store postgres:127.0.0.1:5432/test is unavailable: terminating connection due to administrator command (57P01) (retried for 0.3 s)',
    );
    let attempts = 0;
    await expect(retry(async () => (attempts++, failing()))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(attempts).toBe(1);
    expect(await retry(async () => 'back')).toBe('back');
    attempts = 0;
    expect(await retry(async () => (++attempts < 2 ? failing() : 'retried again'))).toBe('retried again');
  });

  it('openStore on a port where nothing listens fails, after the window, with a StoreError that says the store is unavailable', async () => {
    // A port that was just free: nothing listens there, so every connect is refused.
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    process.env.CORROBORATE_STORE_RETRY_SECONDS = '0.5';
    try {
      const error = await openStore(`postgres://nobody@127.0.0.1:${port}/none`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(/cannot (open|prepare) the store at .*is unavailable: connect ECONNREFUSED .*retried for 0.5 s/);
    } finally {
      delete process.env.CORROBORATE_STORE_RETRY_SECONDS;
    }
  });
});
