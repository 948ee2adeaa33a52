import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ServerSchema {
  /**
   * DATABASE_URL with ?schema=: the store in that schema, the queue in '<schema>_queue'; and
   * &application_name=<schema>, so the test finds its own processes' connections and no one else's.
   */
  url: string;
  schema: string;
  /** One query on the server, outside any schema. */
  query<Row>(sql: string): Promise<Row[]>;
  /** Ends every connection the processes on `url` hold, as a server restart would; says how many. */
  terminateBackends(): Promise<number>;
  /** Drops the store's and the queue's schemas. */
  dispose(): Promise<void>;
}

export const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) console.warn('DATABASE_URL is not set: the queue tests are skipped (they need a PostgreSQL server)');

/** A fresh pair of schemas per test file, so runs and files do not see each other's jobs. */
export function serverSchema(label: string): ServerSchema {
  const url = serverUrl ?? '';
  const schema = `corroborate_${label}_${randomBytes(4).toString('hex')}`;
  const query = async <Row>(sql: string): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Row[];
    } finally {
      await client.end();
    }
  };
  return {
    url: `${url}${url.includes('?') ? '&' : '?'}schema=${schema}&application_name=${schema}`,
    schema,
    query,
    async terminateBackends() {
      const [row] = await query<{ ended: number }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity WHERE application_name = '${schema}'`,
      );
      return row.ended;
    },
    async dispose() {
      await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    },
  };
}
