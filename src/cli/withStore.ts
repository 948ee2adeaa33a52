import { StoreError, type Database } from '../store/Database.js';
import { defaultStoreDir } from '../store/defaultStoreDir.js';
import { CannotRun } from './exitCodes.js';

export const storeOptionHelp = `embedded store folder, or postgres://user@host:port/db[?schema=name] (default ${defaultStoreDir}, or $CORROBORATE_DB)`;

export function storeTarget(option: string | undefined): string {
  return option ?? process.env.CORROBORATE_DB ?? defaultStoreDir;
}

/**
 * Opens the store for one command and always closes it. A store that cannot
 * open, or goes away meanwhile, throws CannotRun (exit code 2 in main.ts).
 * The store drivers load here, when a command runs, not for `--help`.
 */
export async function withStore<T>(option: string | undefined, work: (db: Database) => Promise<T>): Promise<T> {
  const { openStore } = await import('../store/openStore.js');
  let db: Database;
  try {
    db = await openStore(storeTarget(option));
  } catch (error) {
    if (error instanceof StoreError) throw new CannotRun(error.message);
    throw error;
  }
  let closed = false;
  try {
    return await work(db);
  } catch (error) {
    // Such as the process holding the embedded store ending while this one went through it; closing may then fail too.
    if (!(error instanceof StoreError)) throw error;
    closed = true;
    await db.close().catch(() => undefined);
    throw new CannotRun(error.message);
  } finally {
    if (!closed) await db.close();
  }
}
