import pg from 'pg';
import type { Database, Queryable } from './Database.js';
import { CommitOutcomeUnknown, describeConnectionError, isConnectionError, retryWhileUnavailable, retryWindowFromEnvironment } from './retryWhileUnavailable.js';

// Dates stay 'YYYY-MM-DD' strings as in PGlite, not JavaScript Dates at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * Opens a pool on a PostgreSQL server. `schema`, when given, is created if
 * missing and used as the search path, so tests and separate corpora can
 * share one database.
 *
 * The pool survives the server going away (a restart, a failover,
 * pg_terminate_backend): a lost connection is logged to stderr, never
 * thrown at the process, and a query that failed because its connection
 * did is run again with back-off (see retryWhileUnavailable) until the
 * server answers or the window ends with StoreUnavailableError.
 * `?application_name=` on the URL names the connections in pg_stat_activity
 * (default 'corroborate').
 */
export async function openPostgres(url: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'corroborate',
    max: 4,
    // A server that does not answer at all (a dropped route, not a refused port) fails a connect in 10 s instead of never.
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${quoteIdentifier(schema)}` } : {}),
  });
  const safeUrl = new URL(url);
  const description = `postgres:${safeUrl.host}${safeUrl.pathname}${schema ? `#${schema}` : ''}`;
  const logLost = connectionLossLogger(description);
  // Without a listener, an idle connection the server ends is an uncaught 'error' that kills the process.
  pool.on('error', logLost);
  const retry = retryWhileUnavailable(description, retryWindowFromEnvironment());

  const asQueryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await target.query(sql, params)).rows as Row[];
    },
  });
  const db: Database = {
    /*
     * A single statement is retried as it is: the reads are harmless to repeat, and the
     * writes outside a transaction are idempotent (saveArticle's insert does nothing when
     * the content hash is stored, so a repeat after a lost answer says 'duplicate').
     */
    query: (sql, params) => retry(() => asQueryable(pool).query(sql, params)),
    description,
    /*
     * A transaction whose connection fails before COMMIT is sent was rolled back by the
     * server, so `work` runs again from BEGIN on a new connection. Every `work` in the
     * store is safe to repeat: it only touches the database (no state kept in between),
     * and each re-checks what it does under its own lock (migrate re-reads
     * schema_migrations, saveDerivedSubject the subject's derived version,
     * replaceArticleMembers the article's story_reader). A failure during COMMIT leaves the outcome unknown and is not retried.
     */
    transaction: (work) =>
      retry(async () => {
        const client = await pool.connect();
        // A checked-out connection ended by the server emits 'error' too; its query fails and says why.
        client.on('error', logLost);
        let failure: unknown;
        try {
          await client.query('BEGIN');
          const result = await work(asQueryable(client));
          await client.query('COMMIT').catch((error: unknown) => {
            throw isConnectionError(error) ? new CommitOutcomeUnknown(describeConnectionError(error), { cause: error }) : error;
          });
          return result;
        } catch (error) {
          failure = error;
          if (!isConnectionError(error) && !(error instanceof CommitOutcomeUnknown)) await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.off('error', logLost);
          // A broken connection is dropped from the pool instead of being handed out again.
          client.release(isConnectionError(failure) || failure instanceof CommitOutcomeUnknown ? true : undefined);
        }
      }),
    exec: (sql) => retry(async () => void (await pool.query(sql))),
    close: () => pool.end(),
  };
  if (schema) {
    // Under a lock, because two processes creating the same schema at once make one fail
    // with 'duplicate key value violates unique constraint "pg_namespace_nspname_index"'.
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`corroborate schema ${schema}`]);
      await tx.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    });
  }
  return db;
}

/*
 * One line per lost connection, and the same cause once per few seconds: a restart
 * ends every pooled connection at once, which would otherwise print four identical lines.
 */
function connectionLossLogger(description: string): (error: Error) => void {
  let last = '';
  let lastAt = 0;
  return (error) => {
    const cause = describeConnectionError(error);
    if (cause === last && performance.now() - lastAt < 5000) return;
    last = cause;
    lastAt = performance.now();
    process.stderr.write(`corroborate: lost a connection to ${description}: ${cause}; the next query reconnects\n`);
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
