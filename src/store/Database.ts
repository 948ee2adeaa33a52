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
