import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ServerSchema {
  /** DATABASE_URL with ?schema=: the store in that schema, the queue in '<schema>_queue'. */
  url: string;
  schema: string;
  /** One query on the server, outside any schema. */
  query<Row>(sql: string): Promise<Row[]>;
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
    url: `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`,
    schema,
    query,
    async dispose() {
      await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    },
  };
}
