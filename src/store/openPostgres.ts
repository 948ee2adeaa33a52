import pg from 'pg';
import type { Database, Queryable } from './Database.js';

// Dates stay 'YYYY-MM-DD' strings as in PGlite, not JavaScript Dates at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * Opens a pool on a PostgreSQL server. `schema`, when given, is created if
 * missing and used as the search path, so tests and separate corpora can
 * share one database.
 */
export async function openPostgres(url: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${quoteIdentifier(schema)}` } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  const asQueryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await target.query(sql, params)).rows as Row[];
    },
  });
  const safeUrl = new URL(url);
  return {
    ...asQueryable(pool),
    description: `postgres:${safeUrl.host}${safeUrl.pathname}${schema ? `#${schema}` : ''}`,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(asQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
