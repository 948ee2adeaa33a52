import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Streams `{ "articles": [ ... ], "claims": [ ... ] }` to a file (or stdout
 * for '-') one record at a time, so a run over many thousand articles does
 * not hold them all.
 */
export class JsonArrayWriter {
  private count = 0;
  private constructor(private readonly out: WriteStream | NodeJS.WriteStream) {}

  static async open(target: string, key: string): Promise<JsonArrayWriter> {
    let out: WriteStream | NodeJS.WriteStream = process.stdout;
    if (target !== '-') {
      await mkdir(path.dirname(path.resolve(target)), { recursive: true });
      out = createWriteStream(target);
    }
    const writer = new JsonArrayWriter(out);
    await writer.write(`{\n  "${key}": [`);
    return writer;
  }

  async add(value: unknown): Promise<void> {
    const json = JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
    await this.write(`${this.count++ === 0 ? '\n    ' : ',\n    '}${json}`);
  }

  /** Ends the current array and starts the next one under `key`. */
  async startArray(key: string): Promise<void> {
    await this.write(`${this.count ? '\n  ]' : ']'},\n  "${key}": [`);
    this.count = 0;
  }

  async close(): Promise<void> {
    await this.write(this.count ? '\n  ]\n}\n' : ']\n}\n');
    if (this.out !== process.stdout) await new Promise<void>((resolve) => (this.out as WriteStream).end(resolve));
  }

  private write(chunk: string): Promise<void> {
    return new Promise((resolve) => {
      if (this.out.write(chunk)) resolve();
      else this.out.once('drain', () => resolve());
    });
  }
}
