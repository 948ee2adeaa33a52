import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { jsonChunks } from './jsonChunks.js';

/** Pieces are gathered up to this size before each write, so a record of many small values is not written a few bytes at a time. */
const writeSize = 64 * 1024;

/**
 * Streams `{ "articles": [ ... ], "claims": [ ... ] }` to a file (or stdout
 * for '-') one record at a time, and each record in pieces, so a run over
 * many thousand articles holds neither them all nor the whole text of one.
 * The text is the same as JSON.stringify(object, null, 2).
 */
export class JsonArrayWriter {
  private count = 0;
  private arrays = 0;
  private constructor(private readonly out: WriteStream | NodeJS.WriteStream) {}

  /** Opens the target and, when `key` is given, starts the first array under it. */
  static async open(target: string, key?: string): Promise<JsonArrayWriter> {
    let out: WriteStream | NodeJS.WriteStream = process.stdout;
    if (target !== '-') {
      await mkdir(path.dirname(path.resolve(target)), { recursive: true });
      out = createWriteStream(target);
    }
    const writer = new JsonArrayWriter(out);
    await writer.write('{');
    if (key !== undefined) await writer.startArray(key);
    return writer;
  }

  async add(value: unknown): Promise<void> {
    let pending = this.count++ === 0 ? '\n    ' : ',\n    ';
    for (const chunk of jsonChunks(value, '    ')) {
      pending += chunk;
      if (pending.length >= writeSize) {
        await this.write(pending);
        pending = '';
      }
    }
    await this.write(pending);
  }

  /** Ends the current array, if any, and starts the next one under `key`. */
  async startArray(key: string): Promise<void> {
    await this.write(`${this.endOfArray()}${this.arrays++ ? ',' : ''}\n  ${JSON.stringify(key)}: [`);
    this.count = 0;
  }

  async close(): Promise<void> {
    await this.write(this.arrays ? `${this.endOfArray()}\n}\n` : '}\n');
    if (this.out !== process.stdout) await new Promise<void>((resolve) => (this.out as WriteStream).end(resolve));
  }

  private endOfArray(): string {
    if (!this.arrays) return '';
    return this.count ? '\n  ]' : ']';
  }

  private write(chunk: string): Promise<void> {
    return new Promise((resolve) => {
      if (this.out.write(chunk)) resolve();
      else this.out.once('drain', () => resolve());
    });
  }
}
