/**
 * The one interface the rest of the code sees, whether the store is the
 * embedded PGlite or a PostgreSQL server: same SQL, same placeholders ($1).
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** 'pglite:<dir>' or 'postgres:<host>/<db>' without credentials, for messages. */
  readonly description: string;
}

/** A store that cannot be opened or migrated; the message says which and why. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * The store stopped answering while in use (a server restarted, failed over
 * or unreachable) and did not come back within the retry window. The
 * message names the store and the last cause, for example "the store
 * postgres:127.0.0.1:5432/test is unavailable: connect ECONNREFUSED
 * 127.0.0.1:5432 (retried for 30 s)". Shells map it to 503 or to an item
 * not stored; it is never the input's fault.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    readonly store: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`the store ${store} is unavailable: ${reason}`, options);
  }
}
