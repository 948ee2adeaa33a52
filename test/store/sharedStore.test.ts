import { connect, createServer } from 'node:net';
import { mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError, type Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { listenAsLock, lockAddressFor, newHolderRecord, readHolderRecord, writeHolderRecord } from '../../src/store/storeLock.js';
import { proofOf } from '../../src/store/storeProtocol.js';

async function newStoreDir(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'corroborate-shared-')), 'db');
}

const scratch = 'CREATE TABLE IF NOT EXISTS scratch (id int PRIMARY KEY, at timestamptz, bytes bytea, doc jsonb)';

/**
 * Two openings of one embedded store folder in one process behave as two
 * processes do: the first holds the store, the second goes through it over
 * the lock's socket.
 */
describe('an embedded store opened twice', () => {
  const open: Database[] = [];
  afterEach(async () => {
    for (const db of open.splice(0).reverse()) await db.close().catch(() => undefined);
  });

  it('runs the second opening through the first, with the same values, errors and transactions', async () => {
    const dir = await newStoreDir();
    const holder = await openStore(dir);
    const client = await openStore(dir);
    open.push(holder, client);
    await client.exec(scratch);
    const at = new Date('2025-03-14T09:30:00Z');
    await client.query('INSERT INTO scratch VALUES ($1, $2, $3, $4)', [1, at, new Uint8Array([0, 1, 255]), JSON.stringify({ said: 'yes' })]);
    const [row] = await client.query<{ at: Date; bytes: Uint8Array; doc: unknown }>('SELECT at, bytes, doc FROM scratch WHERE id = 1');
    expect(row.at).toEqual(at);
    expect([...row.bytes]).toEqual([0, 1, 255]);
    expect(row.doc).toEqual({ said: 'yes' });
    expect(await holder.query('SELECT id FROM scratch')).toEqual([{ id: 1 }]);
    // A message of several megabytes arrives in many chunks, some with the end of one line and the start of the next.
    const long = 'Yes, he said. \n'.repeat(200_000);
    const [{ echoed, short }] = await client.query<{ echoed: string; short: string }>('SELECT $1::text AS echoed, $2::text AS short', [long, 'x']);
    expect(echoed === long && short === 'x').toBe(true);

    await expect(client.query('INSERT INTO scratch (id) VALUES (1)')).rejects.toMatchObject({ code: '23505' });
    await client.transaction(async (tx) => {
      await tx.query('INSERT INTO scratch (id) VALUES (2)');
      await tx.query('INSERT INTO scratch (id) VALUES (3)');
    });
    await expect(
      client.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch (id) VALUES (4)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await holder.query<{ id: number }>('SELECT id FROM scratch ORDER BY id')).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('hands the store over when the holder closes: the other opening goes on, and becomes the holder', async () => {
    const dir = await newStoreDir();
    const first = await openStore(dir);
    const second = await openStore(dir);
    open.push(second);
    await second.exec(scratch);
    await second.query('INSERT INTO scratch (id) VALUES (1)');
    await first.close();
    await second.query('INSERT INTO scratch (id) VALUES (2)');
    const third = await openStore(dir);
    open.push(third);
    expect((await third.query<{ id: number }>('SELECT id FROM scratch ORDER BY id')).map((r) => r.id)).toEqual([1, 2]);
  });

  it('rolls back the transaction of a process that goes away in the middle of it, and goes on serving', async () => {
    const dir = await newStoreDir();
    const holder = await openStore(dir);
    open.push(holder);
    await holder.exec(scratch);
    const storeDir = await realpath(dir);
    const { secret } = (await readHolderRecord(storeDir))!;
    const socket = connect(lockAddressFor(storeDir));
    const lines: string[] = [];
    socket.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
    const answered = (count: number) => vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(count), { timeout: 20_000 });
    socket.write(`${JSON.stringify({ op: 'hello', nonce: 'n1', proof: proofOf(secret, 'client', 'n1'), pid: 1, command: 'test' })}\n`);
    await answered(1);
    socket.write(`${JSON.stringify({ id: 1, op: 'begin' })}\n`);
    await answered(2);
    const { tx } = JSON.parse(lines[1]) as { tx: number };
    socket.write(`${JSON.stringify({ id: 2, op: 'query', sql: 'INSERT INTO scratch (id) VALUES (7)', params: [], tx })}\n`);
    await answered(3);
    socket.destroy();
    expect(await holder.query('SELECT id FROM scratch')).toEqual([]);
  });

  it('names a holder that does not answer, and what to do', async () => {
    const dir = await newStoreDir();
    await openStore(dir).then((db) => db.close());
    const storeDir = await realpath(dir);
    const silent = createServer(() => undefined);
    expect(await listenAsLock(silent, lockAddressFor(storeDir))).toBe(true);
    const record = { ...newHolderRecord(), command: 'corroborate stuck' };
    await writeHolderRecord(storeDir, record);
    process.env.CORROBORATE_STORE_WAIT_MS = '1500';
    try {
      const error = await openStore(dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(new RegExp(`held by pid ${process.pid}, \`corroborate stuck\`, since .* did not answer within 1.5 s; .*\\(kill ${process.pid}\\)`));
    } finally {
      delete process.env.CORROBORATE_STORE_WAIT_MS;
      silent.close();
    }
  });
});

describe('the lock as a socket file (platforms without abstract sockets)', () => {
  it('is held by one server at a time, and a file nobody answers on is taken over', async () => {
    const storeDir = await realpath(await mkdtemp(path.join(tmpdir(), 'corroborate-lockfile-')));
    const address = lockAddressFor(storeDir, 'darwin');
    expect(address).toBe(path.join(storeDir, 'holder.sock'));
    const first = createServer();
    const second = createServer();
    expect(await listenAsLock(first, address)).toBe(true);
    expect(await listenAsLock(second, address)).toBe(false);
    await new Promise((resolve) => first.close(resolve));

    // What a holder killed with -9 leaves behind: a file at the address that nobody listens on.
    await writeFile(address, '');
    expect(await listenAsLock(second, address)).toBe(true);
    await new Promise((resolve) => second.close(resolve));
  });
});
