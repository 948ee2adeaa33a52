import { mkdir, realpath } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError, type Database, type Queryable } from './Database.js';
import { openPglite } from './openPglite.js';
import { HolderLeft, openRemoteStore, type RemoteStore } from './openRemoteStore.js';
import { serveStoreToClients } from './serveStoreToClients.js';
import {
  describeHolder,
  listenAsLock,
  lockAddressFor,
  newHolderRecord,
  readHolderRecord,
  removeHolderRecord,
  writeHolderRecord,
  type HolderRecord,
} from './storeLock.js';

/**
 * How long to wait for a holder's handshake, or for a closing holder to let
 * go; CORROBORATE_STORE_WAIT_MS overrides it. Generous, because a holder
 * creating a new store answers nobody until PGlite has initialised it (22 s
 * for `serve` on a fresh folder on a loaded 2-core machine), nor while it
 * analyses one long article.
 */
function waitMs(): number {
  return Number(process.env.CORROBORATE_STORE_WAIT_MS) || 30_000;
}

/**
 * Opens an embedded store folder for this process, whether or not another
 * process has it open. The first process takes the lock (storeLock.ts), opens
 * PGlite, runs `prepare` (the migrations) and serves its store to later
 * processes; a later one goes through it with the same Database interface.
 * When the holder closes, the processes going through it open the store
 * again (one of them becomes the holder) and repeat the request that had not
 * run; when it is killed, the request in flight fails and the next one
 * opens the store again.
 */
export async function openSharedPglite(dir: string, prepare: (db: Database) => Promise<void>): Promise<Database> {
  await mkdir(dir, { recursive: true });
  const storeDir = await realpath(dir);
  const address = lockAddressFor(storeDir);
  const description = `pglite:${dir}`;
  const announced = new Set<number>();
  let current: Promise<Database | RemoteStore> | undefined;
  let closed = false;

  const open = () => {
    const opening = acquire(dir, storeDir, address, prepare, (holder) => {
      if (announced.has(holder.pid)) return;
      announced.add(holder.pid);
      process.stderr.write(`corroborate: the store at ${dir} is open in \`${holder.command}\` (pid ${holder.pid}); going through it\n`);
    });
    current = opening;
    opening.catch(() => {
      if (current === opening) current = undefined;
    });
    return opening;
  };

  async function run<T>(use: (db: Database) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      if (closed) throw new StoreError(`the store at ${dir} is closed`);
      const using = current ?? open();
      const db = await using;
      try {
        return await use(db);
      } catch (error) {
        if (!('gone' in db && db.gone)) throw error;
        if (current === using) current = undefined;
        if (!(error instanceof HolderLeft) || attempt >= 20) throw error;
      }
    }
  }

  await open();
  return {
    description,
    query: <Row>(sql: string, params?: unknown[]) => run((db) => db.query<Row>(sql, params)),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) => run((db) => db.transaction(work)),
    exec: (sql) => run((db) => db.exec(sql)),
    async close() {
      closed = true;
      const last = await current?.catch(() => undefined);
      await last?.close();
    },
  };
}

async function acquire(
  dir: string,
  storeDir: string,
  address: string,
  prepare: (db: Database) => Promise<void>,
  announce: (holder: HolderRecord) => void,
): Promise<Database | RemoteStore> {
  const deadline = Date.now() + waitMs();
  let lastSeen: HolderRecord | undefined;
  let noted = false;
  for (;;) {
    const held = await holdStore(dir, storeDir, address, prepare);
    if (held) return held;
    const holder = await readHolderRecord(storeDir);
    if (holder) {
      lastSeen = holder;
      const note = setTimeout(() => {
        if (!noted) process.stderr.write(`corroborate: waiting for ${describeHolder(holder)}, which holds the store at ${dir}, to answer\n`);
        noted = true;
      }, 3000);
      const handshake = await openRemoteStore(address, `pglite:${dir}`, holder, Math.max(1000, deadline - Date.now()));
      clearTimeout(note);
      if (handshake.outcome === 'welcome') {
        announce(holder);
        return handshake.store;
      }
      if (handshake.outcome === 'silent') break;
    }
    // The holder is starting (no holder.json yet), closing, or just ended: try again shortly.
    if (Date.now() > deadline) break;
    await sleep(50);
  }
  const who = lastSeen ? `by ${describeHolder(lastSeen)},` : 'by another process';
  throw new StoreError(
    `the store at ${dir} is held ${who} which did not answer within ${waitMs() / 1000} s; ` +
      `wait for it to finish, or if it is stuck stop it${lastSeen ? ` (kill ${lastSeen.pid})` : ''} and run this again`,
  );
}

/** Takes the lock if it is free, and then opens and prepares the store and serves it to later processes. */
async function holdStore(dir: string, storeDir: string, address: string, prepare: (db: Database) => Promise<void>): Promise<Database | undefined> {
  const record = newHolderRecord();
  let ready: (db: Database) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const opened = new Promise<Database>((resolve, reject) => ([ready, failed] = [resolve, reject]));
  opened.catch(() => undefined);
  const service = serveStoreToClients(opened, record);
  if (!(await listenAsLock(service.server, address))) return undefined;
  // Listening alone does not keep the process alive; a connected client does, until it is handed over.
  service.server.unref();

  const release = async () => {
    await removeHolderRecord(storeDir, record);
    await new Promise<void>((resolve) => service.server.close(() => resolve()));
  };
  let db: Database;
  try {
    await writeHolderRecord(storeDir, record);
    db = await openPglite(dir);
  } catch (error) {
    failed(error);
    await service.handOver(() => undefined);
    await release();
    throw new StoreError(`cannot open the store at ${dir}: ${(error as Error).message}`);
  }
  try {
    await prepare(db);
  } catch (error) {
    failed(error);
    await service.handOver(() => undefined);
    await db.close().catch(() => undefined);
    await release();
    throw new StoreError(`cannot prepare the store at ${dir}: ${(error as Error).message}`);
  }
  ready(db);
  return {
    ...db,
    async close() {
      // Let the processes going through this one finish their step; they open the store again after.
      await service.handOver((clients) => {
        const names = clients.map((client) => `pid ${client.pid} (\`${client.command}\`)`).join(', ');
        process.stderr.write(`corroborate: waiting for ${names} to finish its current step before closing the store at ${dir}\n`);
      });
      await db.close();
      await release();
    },
  };
}
