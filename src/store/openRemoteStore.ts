import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { StoreError, type Database, type Queryable } from './Database.js';
import { describeHolder, thisCommand, type HolderRecord } from './storeLock.js';
import { fromWire, proofOf, readMessages, sameProof, send, toWire, type Answer, type ClientMessage, type HolderMessage, type WireError } from './storeProtocol.js';

/** The request did not run (the holder closed the store in an orderly way first, or ended before a commit): open the store again and repeat it. */
export class HolderLeft extends Error {
  override name = 'HolderLeft';
}

/** The holder ended (killed, crashed) while this request was in flight: whether it ran is unknown. */
export class HolderLost extends StoreError {
  override name = 'HolderLost';
}

/** A Database whose statements run in the process holding the store; `gone` once that process said bye or ended. */
export interface RemoteStore extends Database {
  readonly gone: boolean;
  readonly holder: Pick<HolderRecord, 'pid' | 'command' | 'since'>;
}

export type Handshake =
  | { outcome: 'welcome'; store: RemoteStore }
  /** free: nobody listens any more; secret: holder.json belongs to another holder; closing: the holder is handing over. */
  | { outcome: 'free' | 'secret' | 'closing' }
  | { outcome: 'silent' };

type NoHello<M> = M extends { op: 'hello' } ? never : M extends { id: number } ? Omit<M, 'id'> : never;
type Request = NoHello<ClientMessage>;

/** Connects to the holder at `address` and proves both sides know the secret in its holder.json. */
export function openRemoteStore(address: string, description: string, record: HolderRecord, timeoutMs: number): Promise<Handshake> {
  return new Promise((resolve) => {
    const socket = connect(address);
    const nonce = randomBytes(16).toString('hex');
    const pending = new Map<number, { resolve(message: Answer): void; reject(error: Error): void }>();
    let nextId = 1;
    let welcomed = false;
    let gone: 'bye' | 'lost' | undefined;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ outcome: 'silent' });
    }, timeoutMs);
    const settle = (handshake: Handshake) => {
      clearTimeout(timer);
      resolve(handshake);
    };

    socket.on('connect', () => send(socket, { op: 'hello', nonce, proof: proofOf(record.secret, 'client', nonce), pid: process.pid, command: thisCommand() }));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (!welcomed) return settle({ outcome: 'free' });
      gone ??= 'lost';
      const error = gone === 'bye' ? left() : lost();
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    });
    readMessages<HolderMessage>(socket, (message) => {
      if (!welcomed) {
        if ('op' in message && message.op === 'welcome' && sameProof(message.proof, proofOf(record.secret, 'holder', nonce))) {
          welcomed = true;
          socket.unref();
          return settle({ outcome: 'welcome', store });
        }
        socket.destroy();
        return settle({ outcome: 'op' in message && message.op === 'refused' && message.reason === 'closing' ? 'closing' : 'secret' });
      }
      if ('op' in message) {
        // The holder answered every request it received before its bye, so whatever is still pending never ran.
        if (message.op === 'bye') gone = 'bye';
        return;
      }
      pending.get(message.id)?.resolve(message);
      pending.delete(message.id);
    });

    const holder = { pid: record.pid, command: record.command, since: record.since };
    const left = () => new HolderLeft(`the process holding the store at ${description} (${describeHolder(holder)}) closed it`);
    const lost = (what = 'the step in progress may or may not have been stored') =>
      new HolderLost(
        `the process holding the store at ${description} (${describeHolder(holder)}) ended while this one was going through it; ` +
          `${what}: run it again (what was stored is found and skipped)`,
      );

    function request(message: Request, inTransaction = false): Promise<Answer> {
      if (gone) return Promise.reject(gone === 'bye' && !inTransaction ? left() : lost());
      const id = nextId++;
      // Keeps the process alive while it waits for an answer, and no longer.
      if (pending.size === 0) socket.ref();
      return new Promise<Answer>((resolveRequest, reject) => {
        pending.set(id, { resolve: resolveRequest, reject });
        send(socket, { id, ...message } as ClientMessage);
      })
        .then((answer) => {
          if (answer.error) throw toError(answer.error);
          return answer;
        })
        .finally(() => {
          if (pending.size === 0) socket.unref();
        });
    }

    const query = async <Row>(sql: string, params: unknown[] = [], tx?: number): Promise<Row[]> => {
      try {
        const answer = await request({ op: 'query', sql, params: toWire(params) as unknown[], ...(tx === undefined ? {} : { tx }) }, tx !== undefined);
        return fromWire(answer.rows) as Row[];
      } catch (error) {
        // A read can run again on the next holder, whether or not the lost one ran it.
        if (error instanceof HolderLost && tx === undefined && readsOnly(sql)) throw left();
        throw error;
      }
    };

    const store: RemoteStore = {
      description,
      holder,
      get gone() {
        return gone !== undefined;
      },
      // A write runs in a transaction of its own: should the holder end before the commit is sent
      // (most of the time a write is in flight), nothing of it was stored and it can run again.
      query: <Row>(sql: string, params?: unknown[]) => (readsOnly(sql) ? query<Row>(sql, params) : store.transaction((tx) => tx.query<Row>(sql, params))),
      async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
        const began = await request({ op: 'begin' }).catch((error: unknown) => {
          throw error instanceof HolderLost ? left() : error;
        });
        const tx = began.tx!;
        let result: T;
        try {
          result = await work({ query: (sql, params) => query(sql, params, tx) });
        } catch (error) {
          // Before the commit was sent, a holder that ended had stored none of the transaction: it can run again whole.
          if (gone) throw left();
          await request({ op: 'rollback', tx }, true).catch(() => undefined);
          throw error;
        }
        if (gone) throw left();
        await request({ op: 'commit', tx }, true).catch((error: unknown) => {
          throw error instanceof HolderLost ? lost('its commit was on the way: the step in progress may or may not have been stored') : error;
        });
        return result;
      },
      async exec(sql) {
        await request({ op: 'exec', sql });
      },
      close() {
        return new Promise<void>((resolveClose) => {
          if (socket.destroyed) return resolveClose();
          socket.ref();
          socket.once('close', () => resolveClose());
          socket.end();
        });
      },
    };
  });
}

/** SELECT … without a data-modifying word: `SELECT id FROM articles WHERE content_hash = $1`. */
function readsOnly(sql: string): boolean {
  return /^\s*SELECT\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE|MERGE|nextval|setval)\b/i.test(sql);
}

function toError(wire: WireError): Error {
  return Object.assign(new Error(wire.message), wire.code ? { code: wire.code } : {}, wire.detail ? { detail: wire.detail } : {});
}
