import { StoreError, type Database } from './Database.js';
import { migrate } from './migrate.js';
import { openPglite } from './openPglite.js';
import { openPostgres } from './openPostgres.js';
import { openSharedPglite } from './openSharedPglite.js';
import { defaultStoreDir } from './defaultStoreDir.js';

export { defaultStoreDir };

/**
 * `--db` takes a folder for the embedded store (default .corroborate/db) or
 * a postgres:// URL; `?schema=name` on the URL selects a schema. Either way
 * the same migrations run before anything else. An embedded store folder is
 * open in one process at a time: a later process goes through the one that
 * holds it (openSharedPglite.ts), which alone runs the migrations.
 */
export async function openStore(target: string = defaultStoreDir): Promise<Database> {
  const onServer = /^postgres(ql)?:\/\//.test(target);
  let db: Database;
  try {
    if (!onServer && !target.startsWith('memory://')) return await openSharedPglite(target, (store) => migrate(store).then(() => undefined));
    if (onServer) {
      const url = new URL(target);
      const schema = url.searchParams.get('schema') ?? undefined;
      url.searchParams.delete('schema');
      db = await openPostgres(url.toString(), schema);
    } else {
      db = await openPglite(target);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the store at ${redact(target)}: ${(error as Error).message}`);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new StoreError(`cannot prepare the store at ${redact(target)}: ${(error as Error).message}`);
  }
  return db;
}

function redact(target: string): string {
  return target.replace(/\/\/[^@/]*@/, '//***@');
}
