import PgBoss from 'pg-boss';
import type { RawArticle } from '../ingest/types.js';
import { printable } from '../model/printable.js';
import { retryWhileUnavailable, retryWindowFromEnvironment } from '../store/retryWhileUnavailable.js';
import { defaultJobTimeoutSeconds } from './defaultJobTimeout.js';

export const articleQueueName = 'analyze-article';

export { defaultJobTimeoutSeconds };

/*
 * How often some worker looks for jobs past their timeout. pg-boss lets one
 * process per interval do it (a row in its schema records when it last ran),
 * so a short interval costs one small query per interval across the cluster.
 * A killed worker's jobs are back in the queue within timeout + this.
 */
const maintenanceIntervalSeconds = 5;

/*
 * A job that failed (the store unreachable, say) or timed out is retried up
 * to 5 times, 1-2 s later the first time and doubling after that, which
 * rides out a restart of the server without holding the article forever.
 */
const retry = { retryLimit: 5, retryDelay: 1, retryBackoff: true } as const;

export interface QueueLocation {
  connectionString: string;
  /** pg-boss's schema: '<store schema>_queue' when the store has one, else 'corroborate_queue'. */
  schema: string;
}

/**
 * The queue lives in the store's database, in its own schema beside the
 * store's, so `--db` alone names both and a test schema gets its own queue.
 * Returns null for an embedded store folder: only one process can open it.
 */
export function queueLocation(target: string): QueueLocation | null {
  if (!/^postgres(ql)?:\/\//.test(target)) return null;
  const url = new URL(target);
  const storeSchema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const schema = storeSchema ? `${storeSchema}_queue` : 'corroborate_queue';
  // pg-boss writes the schema into its SQL unquoted.
  if (!/^[a-z_][a-z0-9_]{0,56}$/.test(schema)) {
    throw new Error(`the queue schema must be a lower-case SQL name such as corroborate_queue; got "${schema}" from ?schema=${storeSchema}`);
  }
  return { connectionString: url.toString(), schema };
}

/** The queue cannot be used: an embedded store, a server that does not answer; the message says which. */
export class QueueError extends Error {
  override name = 'QueueError';
}

/** Opens the queue that goes with `--db`, or says why it cannot. */
export async function openQueueAt(target: string, options: { maintain: boolean; onError: (error: Error) => void }): Promise<ArticleQueue> {
  let location: QueueLocation | null;
  try {
    location = queueLocation(target);
  } catch (error) {
    throw new QueueError((error as Error).message);
  }
  if (!location) {
    throw new QueueError(
      `the queue needs a PostgreSQL server, as in --db postgres://user@host:5432/corroborate; got "${target}", ` +
        'an embedded store folder, which only one process can open (use analyze for it)',
    );
  }
  try {
    return await openArticleQueue(location, options);
  } catch (error) {
    throw new QueueError(`cannot open the queue in schema ${location.schema} at ${redact(location.connectionString)}: ${(error as Error).message}`);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

export interface QueuedJob {
  id: string;
  data: unknown;
}

/** The few queue operations corroborate uses, over pg-boss. */
export interface ArticleQueue {
  /** Queues articles in one round trip; `jobTimeoutSeconds` overrides the default above. */
  send(articles: readonly RawArticle[], jobTimeoutSeconds?: number): Promise<void>;
  /** Takes up to `count` waiting jobs and marks them in progress. */
  fetch(count: number): Promise<QueuedJob[]>;
  /** Marks jobs done; `output`, kept with a single job, says why its article could not be analysed. */
  complete(ids: string | string[], output?: object): Promise<void>;
  /** Sends the job back for a retry later (or marks it failed once its retries are spent). */
  fail(id: string, output: object): Promise<void>;
  /** Jobs waiting, waiting for a retry, or in progress (a killed worker's jobs count until they time out). */
  unfinished(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Connects to the queue, creating pg-boss's schema and the queue when they
 * are missing (pg-boss takes an advisory lock, so workers starting together
 * do not race). Only a worker (`maintain`) looks for timed-out jobs.
 */
export async function openArticleQueue(location: QueueLocation, options: { maintain: boolean; onError: (error: Error) => void }): Promise<ArticleQueue> {
  const boss = new PgBoss({
    connectionString: location.connectionString,
    schema: location.schema,
    // `?application_name=` on the URL wins over this, as for the store's pool.
    application_name: 'corroborate',
    max: 2,
    schedule: false,
    supervise: options.maintain,
    maintenanceIntervalSeconds,
    expireInSeconds: defaultJobTimeoutSeconds,
    ...retry,
  });
  // pg-boss's pool and its maintenance report lost connections here; without a listener they would end the process.
  boss.on('error', (error: Error) => options.onError(new Error(printable(error.message))));
  await boss.start();
  await boss.createQueue(articleQueueName, { name: articleQueueName, expireInSeconds: defaultJobTimeoutSeconds, ...retry });
  const description = `queue ${location.schema} at ${redact(location.connectionString)}`;
  /*
   * Each call is retried like a store query while the server is away. Completing or failing
   * a job twice changes nothing the second time; a batch inserted twice (its answer lost)
   * queues the articles twice, and the second copy is found stored ('already stored').
   */
  const untilAvailable = retryWhileUnavailable(description, retryWindowFromEnvironment());
  const bossDb = boss.getDb();
  return {
    send: (articles, jobTimeoutSeconds) =>
      untilAvailable(async () => {
        if (!articles.length) return;
        await boss.insert(articles.map((data) => ({ name: articleQueueName, data, ...(jobTimeoutSeconds ? { expireInSeconds: jobTimeoutSeconds } : {}) })));
      }),
    fetch: (count) =>
      untilAvailable(async () => {
        // boss.fetch answers [] when its query fails, which would look like an empty queue; this sees the error.
        let failure: unknown;
        const watched = {
          executeSql: (text: string, values: unknown[]) =>
            bossDb.executeSql(text, values as never[]).catch((error: unknown) => {
              failure = error;
              throw error;
            }),
        };
        const jobs = await boss.fetch(articleQueueName, { batchSize: count, db: watched });
        if (failure) throw failure;
        return jobs;
      }),
    complete: (ids, output) =>
      untilAvailable(async () => {
        if (Array.isArray(ids)) await boss.complete(articleQueueName, ids);
        else await boss.complete(articleQueueName, ids, output ?? {});
      }),
    fail: (id, output) => untilAvailable(async () => void (await boss.fail(articleQueueName, id, output))),
    unfinished: () => untilAvailable(() => boss.getQueueSize(articleQueueName, { before: 'completed' })),
    close: () => boss.stop({ graceful: false, wait: true }),
  };
}
