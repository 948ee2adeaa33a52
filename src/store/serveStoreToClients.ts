import { createServer, type Server, type Socket } from 'node:net';
import type { Database, Queryable } from './Database.js';
import type { HolderRecord } from './storeLock.js';
import { fromWire, proofOf, readMessages, sameProof, send, toWire, toWireError, type ClientMessage } from './storeProtocol.js';

export interface StoreService {
  /** Listens on the lock address (see listenAsLock); every connection is a process going through this one. */
  server: Server;
  /** Lets connected processes finish their current step, says bye to each, and resolves when all are gone. */
  handOver(onWait: (clients: { pid: number; command: string }[]) => void): Promise<void>;
}

interface Client {
  socket: Socket;
  pid: number;
  command: string;
  hello: boolean;
  inFlight: number;
  transactions: Map<number, OpenTransaction>;
  byeSent: boolean;
}

interface OpenTransaction {
  tx: Queryable;
  finish(commit: boolean): void;
  done: Promise<unknown>;
}

class RolledBack extends Error {}

/**
 * The process holding an embedded store answers, on the lock's socket, the
 * statements of the processes that found the store held: the same PGlite
 * runs its own queries and theirs, one at a time. `db` is a promise because
 * the socket listens (that is the lock) before the store is open.
 */
export function serveStoreToClients(db: Promise<Database>, holder: HolderRecord): StoreService {
  const clients = new Set<Client>();
  let closing = false;
  let allGone: (() => void) | undefined;
  let nextTx = 1;

  const server = createServer((socket) => {
    const client: Client = { socket, pid: 0, command: '', hello: false, inFlight: 0, transactions: new Map(), byeSent: false };
    clients.add(client);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clients.delete(client);
      // A client that goes away in the middle of a transaction gets it rolled back at once.
      for (const open of client.transactions.values()) open.finish(false);
      if (closing && clients.size === 0) allGone?.();
    });
    readMessages<ClientMessage>(socket, (message) => {
      if (client.byeSent) return;
      if (!client.hello) return greet(client, message);
      if (!('id' in message)) return socket.destroy();
      client.inFlight++;
      answer(client, message)
        .then((reply) => send(socket, { id: message.id, ...reply }))
        .catch((error: unknown) => send(socket, { id: message.id, error: toWireError(error) }))
        .finally(() => {
          client.inFlight--;
          sayByeIfIdle(client);
        });
    });
  });

  function greet(client: Client, message: ClientMessage): void {
    if (message.op !== 'hello' || !sameProof(message.proof, proofOf(holder.secret, 'client', message.nonce))) {
      send(client.socket, { op: 'refused', reason: 'secret', message: 'wrong secret: holder.json changed' });
      client.socket.end();
      return;
    }
    if (closing) {
      send(client.socket, { op: 'refused', reason: 'closing', message: `pid ${holder.pid} is closing the store` });
      client.socket.end();
      return;
    }
    Object.assign(client, { hello: true, pid: message.pid, command: message.command });
    send(client.socket, { op: 'welcome', proof: proofOf(holder.secret, 'holder', message.nonce), pid: holder.pid, command: holder.command, since: holder.since });
  }

  async function answer(client: Client, message: Exclude<ClientMessage, { op: 'hello' }>) {
    const store = await db;
    switch (message.op) {
      case 'query': {
        const target = message.tx === undefined ? store : client.transactions.get(message.tx)?.tx;
        if (!target) throw new Error(`no open transaction ${message.tx}`);
        return { rows: toWire(await target.query(message.sql, fromWire(message.params) as unknown[])) as unknown[] };
      }
      case 'exec':
        await store.exec(message.sql);
        return { ok: true as const };
      case 'begin':
        return { tx: await begin(client, store) };
      case 'commit':
      case 'rollback': {
        const open = client.transactions.get(message.tx);
        if (!open) throw new Error(`no open transaction ${message.tx}`);
        open.finish(message.op === 'commit');
        try {
          await open.done;
        } catch (error) {
          if (!(error instanceof RolledBack)) throw error;
        } finally {
          client.transactions.delete(message.tx);
        }
        return { ok: true as const };
      }
    }
  }

  /** Opens a transaction on the holder's store that stays open until the client's commit or rollback (or its socket closes). */
  function begin(client: Client, store: Database): Promise<number> {
    const id = nextTx++;
    return new Promise((resolve, reject) => {
      let finish: (commit: boolean) => void = () => undefined;
      const decided = new Promise<boolean>((resolveDecision) => (finish = resolveDecision));
      const done = store.transaction(async (tx) => {
        client.transactions.set(id, { tx, finish, done });
        resolve(id);
        // The client may have gone while this transaction waited for the store.
        if (client.socket.destroyed) finish(false);
        if (!(await decided)) throw new RolledBack();
      });
      done.catch(reject);
    });
  }

  function sayByeIfIdle(client: Client): void {
    if (!closing || client.byeSent || client.inFlight > 0 || client.transactions.size > 0) return;
    client.byeSent = true;
    send(client.socket, { op: 'bye' });
    client.socket.end();
  }

  return {
    server,
    handOver(onWait) {
      closing = true;
      if (clients.size === 0) return Promise.resolve();
      const gone = new Promise<void>((resolve) => (allGone = resolve));
      for (const client of clients) {
        if (client.hello) sayByeIfIdle(client);
        else client.socket.destroy();
      }
      const waiting = [...clients].filter((client) => !client.byeSent && client.hello);
      if (waiting.length) onWait(waiting.map(({ pid, command }) => ({ pid, command })));
      return gone;
    },
  };
}
