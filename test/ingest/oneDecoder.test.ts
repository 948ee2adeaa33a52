import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Keeps one byte decoder: the evaluations once read pages through a decoder
 * of their own, which honoured <meta charset> while the CLI did not, so the
 * figures measured a path users did not get.
 */
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));

const decoderFiles = new Set(['src/ingest/decodeAs.ts', 'src/ingest/readUtf8.ts'].map((file) => path.normalize(file)));

describe('one byte decoder', () => {
  it('decodes bytes with TextDecoder only inside the decoder', () => {
    const decoding = [...sourceFiles('src'), ...sourceFiles('scripts')].filter(
      (file) => !decoderFiles.has(path.normalize(file)) && /new TextDecoder\(/.test(readFileSync(file, 'utf8')),
    );
    expect(decoding).toEqual([]);
  });

  // A script that builds an HTML article reads its page with decodeBytes, or takes decodeBytes' answer (Decoded) from one that does.
  it('reads every evaluation page through decodeBytes', () => {
    const pageReaders = sourceFiles('scripts/eval').filter((file) => /format: 'html'/.test(readFileSync(file, 'utf8')));
    expect(pageReaders.length).toBeGreaterThanOrEqual(3);
    for (const file of pageReaders) expect(readFileSync(file, 'utf8'), file).toMatch(/import (?:type )?\{ (?:decodeBytes|Decoded) \} from '\.\.\/\.\.\/src\/ingest\/decodeBytes\.js'/);
  });
});
