import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';

export interface TestStore {
  name: string;
  open(): Promise<Database>;
  /** Removes whatever the test created (the schema on a server). */
  dispose(): Promise<void>;
}

/**
 * The stores every store test runs against: an in-memory PGlite always, and
 * the PostgreSQL server in DATABASE_URL when it is set (in a fresh schema,
 * dropped afterwards).
 */
export function testStores(): TestStore[] {
  const stores: TestStore[] = [{ name: 'pglite', open: () => openStore('memory://'), dispose: async () => undefined }];
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `corroborate_test_${randomBytes(4).toString('hex')}`;
    stores.push({
      name: 'postgres',
      open: () => openStore(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`),
      async dispose() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    });
  } else {
    console.warn('DATABASE_URL is not set: store tests run on PGlite only (set it to also test a PostgreSQL server)');
  }
  return stores;
}
