import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';

/**
 * The small protocol the process holding an embedded store speaks to the
 * processes that go through it: one JSON message per line, both ways.
 *
 *   client → holder  {"op":"hello","nonce":"…","proof":"…","pid":4711,"command":"corroborate analyze"}
 *   holder → client  {"op":"welcome","proof":"…","pid":4700,"command":"corroborate serve","since":"…"}
 *   client → holder  {"id":1,"op":"query","sql":"SELECT …","params":[…],"tx":3}
 *   holder → client  {"id":1,"rows":[…]}  or  {"id":1,"error":{"message":"…","code":"23505"}}
 *   holder → client  {"op":"bye"}  (the holder is closing; nothing sent after it ran)
 *
 * Operations: query, exec, begin (answers {"tx": n}), commit, rollback.
 */
export type ClientMessage =
  | { op: 'hello'; nonce: string; proof: string; pid: number; command: string }
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit' | 'rollback'; tx: number };

export type HolderMessage =
  | { op: 'welcome'; proof: string; pid: number; command: string; since: string }
  | { op: 'refused'; reason: 'secret' | 'closing' | 'failed'; message: string }
  | { op: 'bye' }
  | Answer;

export interface Answer {
  id: number;
  rows?: unknown[];
  tx?: number;
  ok?: true;
  error?: WireError;
}

export interface WireError {
  message: string;
  code?: string;
  detail?: string;
}

/**
 * Rows hold Dates (timestamptz, date columns), Uint8Arrays (bytea) and
 * perhaps bigints, which JSON would flatten. Each becomes a one-key object
 * whose key starts with NUL, a character PostgreSQL never lets into a jsonb
 * value, so a stored document cannot be mistaken for one.
 */
const DATE = '\u0000date';
const BYTES = '\u0000bytes';
const BIGINT = '\u0000bigint';

export function toWire(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.getTime() };
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return { [BIGINT]: value.toString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toWire(inner);
    return out;
  }
  return value;
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [key, inner] = entries[0];
      if (key === DATE) return new Date(inner as number);
      if (key === BYTES) return new Uint8Array(Buffer.from(inner as string, 'base64'));
      if (key === BIGINT) return BigInt(inner as string);
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of entries) out[key] = fromWire(inner);
    return out;
  }
  return value;
}

export function send(socket: Socket, message: ClientMessage | HolderMessage): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(message)}\n`);
}

/** Calls `onMessage` with each complete line of the socket, parsed; a line that is not JSON ends the connection. */
export function readMessages<M>(socket: Socket, onMessage: (message: M) => void): void {
  // The parts of an unfinished line: a 10 MB article arrives in many chunks, and only each new chunk is searched for its end.
  let parts: string[] = [];
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      const line = parts.join('') + chunk.slice(start, end);
      parts = [];
      start = end + 1;
      let message: M;
      try {
        message = JSON.parse(line) as M;
      } catch {
        socket.destroy();
        return;
      }
      onMessage(message);
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  });
}

/**
 * Both sides prove they know the secret in holder.json without sending it:
 * an abstract socket has no file permissions, so anyone on the machine could
 * connect to it, or bind its name first and pose as the holder.
 */
export function proofOf(secret: string, side: 'client' | 'holder', nonce: string): string {
  return createHmac('sha256', secret).update(`${side}:${nonce}`).digest('hex');
}

export function sameProof(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function toWireError(error: unknown): WireError {
  const { message, code, detail } = error as { message?: string; code?: string; detail?: string };
  return { message: message ?? String(error), ...(code ? { code } : {}), ...(detail ? { detail } : {}) };
}
