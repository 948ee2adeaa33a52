import { parentPort, workerData } from 'node:worker_threads';
import type { Queryable } from '../store/Database.js';
import { checkListedClaims } from '../usecases/checkClaims.js';
import type { CheckRequest, CheckThreadMessage, QueryAnswer } from './checkMessages.js';

/*
 * Inside a check thread: check the share of the claims the main thread gave
 * (workerData), asking the main thread for every row, and post the results.
 */
const port = parentPort;
if (!port) throw new Error('answerCheckRequest runs inside a worker thread started by checkOnThreads; it was loaded on the main thread');

const send = (message: CheckThreadMessage) => port.postMessage(message);
const waiting = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
let nextQuery = 1;

port.on('message', (answer: QueryAnswer) => {
  const query = waiting.get(answer.query);
  waiting.delete(answer.query);
  if ('rows' in answer) query?.resolve(answer.rows);
  else query?.reject(new Error(answer.error));
});

/** The store as the main thread serves it, query by query. */
const store: Queryable = {
  query: <Row>(sql: string, params?: unknown[]) => new Promise<Row[]>((resolve, reject) => {
    const query = nextQuery++;
    waiting.set(query, { resolve: resolve as (rows: unknown[]) => void, reject });
    send({ query, sql, params });
  }),
};

const request = workerData as CheckRequest;
try {
  send({ checks: await checkListedClaims(store, request.claims) });
} catch (error) {
  send({ failed: error instanceof Error ? error.message : String(error) });
}
port.close();
