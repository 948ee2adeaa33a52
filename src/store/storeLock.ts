import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { connect, type Server } from 'node:net';
import path from 'node:path';

/**
 * One process at a time may open an embedded store: PGlite is single-user,
 * and two processes writing one folder lose batches and break indexes. The
 * lock is a listening socket, which the kernel releases when the process
 * ends, even by kill -9, so no lock is ever left behind.
 *
 * - Linux: an abstract Unix socket ("\0corroborate-store-<hash of the folder>"):
 *   binding is atomic and there is no file to go stale.
 * - Windows: a named pipe, which behaves the same.
 * - Elsewhere: holder.sock in the store folder; a socket file nobody answers
 *   on is stale (its holder died) and is removed once.
 */
export function lockAddressFor(realStoreDir: string, platform: NodeJS.Platform = process.platform): string {
  const hash = createHash('sha256').update(realStoreDir).digest('hex').slice(0, 24);
  if (platform === 'linux') return `\0corroborate-store-${hash}`;
  if (platform === 'win32') return `\\\\?\\pipe\\corroborate-store-${hash}`;
  return path.join(realStoreDir, 'holder.sock');
}


/** Listens on the lock address; false when another process holds it. */
export async function listenAsLock(server: Server, address: string): Promise<boolean> {
  const isFile = !address.startsWith('\0') && !address.startsWith('\\\\');
  const attempt = () =>
    new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const onError = (error: NodeJS.ErrnoException) => resolve(error);
      server.once('error', onError);
      server.listen(address, () => {
        server.off('error', onError);
        resolve(undefined);
      });
    });
  let error = await attempt();
  if (error?.code === 'EADDRINUSE' && isFile && (await isStaleSocketFile(address))) {
    await rm(address, { force: true });
    error = await attempt();
  }
  if (!error) return true;
  if (error.code === 'EADDRINUSE') return false;
  throw error;
}

function isStaleSocketFile(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(address);
    probe.once('connect', () => {
      probe.destroy();
      resolve(false);
    });
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Who holds a store, in <store>/holder.json (mode 0600): the secret lets only this user's processes in. */
export interface HolderRecord {
  pid: number;
  command: string;
  since: string;
  secret: string;
}

export function holderFile(storeDir: string): string {
  return path.join(storeDir, 'holder.json');
}

export function newHolderRecord(): HolderRecord {
  return { pid: process.pid, command: thisCommand(), since: new Date().toISOString(), secret: randomBytes(32).toString('hex') };
}

/** Written only once the lock is ours, through a rename so a reader never sees half a file. */
export async function writeHolderRecord(storeDir: string, record: HolderRecord): Promise<void> {
  const temporary = `${holderFile(storeDir)}.${process.pid}`;
  await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, holderFile(storeDir));
}

export async function readHolderRecord(storeDir: string): Promise<HolderRecord | undefined> {
  try {
    return JSON.parse(await readFile(holderFile(storeDir), 'utf8')) as HolderRecord;
  } catch {
    return undefined;
  }
}

/** Removes holder.json if it is still ours (a later holder may have written its own). */
export async function removeHolderRecord(storeDir: string, record: HolderRecord): Promise<void> {
  const current = await readHolderRecord(storeDir);
  if (current?.secret === record.secret) await rm(holderFile(storeDir), { force: true });
}

/** "corroborate serve" for bin/corroborate.js serve …, else the script's name. */
export function thisCommand(): string {
  const script = path.basename(process.argv[1] ?? 'node');
  if (/^(corroborate(\.js)?|main\.ts)$/.test(script)) return `corroborate ${process.argv[2] ?? ''}`.trim();
  return script;
}

/** "pid 4700, `corroborate serve`, since 17:30:02" for messages. */
export function describeHolder(record: Pick<HolderRecord, 'pid' | 'command' | 'since'>): string {
  return `pid ${record.pid}, \`${record.command}\`, since ${record.since.replace('T', ' ').slice(0, 19)} UTC`;
}
