import { StoreError, type Database } from '../store/Database.js';
import { defaultStoreDir, openStore } from '../store/openStore.js';
import { exitCodes } from './exitCodes.js';

export const storeOptionHelp = `embedded store folder, or postgres://user@host:port/db[?schema=name] (default ${defaultStoreDir}, or $CORROBORATE_DB)`;

export function storeTarget(option: string | undefined): string {
  return option ?? process.env.CORROBORATE_DB ?? defaultStoreDir;
}

/** Opens the store for one command and always closes it; a store that cannot open ends the command with exit code 2. */
export async function withStore<T>(option: string | undefined, work: (db: Database) => Promise<T>): Promise<T> {
  let db: Database;
  try {
    db = await openStore(storeTarget(option));
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`corroborate: ${error.message}\n`);
      process.exit(exitCodes.cannotRun);
    }
    throw error;
  }
  try {
    return await work(db);
  } catch (error) {
    // Such as the process holding the embedded store ending while this one went through it.
    if (!(error instanceof StoreError)) throw error;
    process.stderr.write(`corroborate: ${error.message}\n`);
    await db.close().catch(() => undefined);
    process.exit(exitCodes.cannotRun);
  } finally {
    await db.close();
  }
}
