import { articleText } from './articleText.js';
import type { Family } from './fuzzCase.js';
import type { Random } from './random.js';

/**
 * Binary content under article names: a NUL early and one after the first
 * 64 kB (the binary check only samples that far), and the magic numbers of
 * PNG, PDF, zip and gzip files named .txt or .html.
 */
const magic: Record<string, number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  pdf: [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')],
  zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
  gzip: [0x1f, 0x8b, 0x08, 0x00],
};

const randomBytes = (random: Random, length: number): Buffer => Buffer.from(Array.from({ length }, () => random.int(0, 255)));

/** Readable text long enough to pass the 64 kB sample, with `insert` after it. */
function textWith(random: Random, insert: Uint8Array, atLeast: number): Uint8Array {
  const parts: string[] = [];
  let length = 0;
  while (length < atLeast) {
    const paragraph = articleText(random, 2);
    parts.push(paragraph);
    length += paragraph.length;
  }
  return new Uint8Array(Buffer.concat([Buffer.from(parts.join('\n')), Buffer.from(insert), Buffer.from(articleText(random, 1))]));
}

export const binaryFiles: Family = {
  name: 'binaryFiles',
  kinds: [
    (random) => ({ kind: 'nul-after-64k', files: [{ path: 'nul-late.txt', bytes: textWith(random, Buffer.from([0]), 64 * 1024 + random.int(1, 4096)) }] }),
    (random) => ({ kind: 'nul-after-64k-html', files: [{ path: 'nul-late.html', bytes: textWith(random, Buffer.from('<p>a\0b</p>'), 70 * 1024) }] }),
    (random) => ({ kind: 'nul-early', files: [{ path: 'nul-early.txt', bytes: textWith(random, Buffer.from([0]), 10) }] }),
    (random) => ({ kind: 'controls-after-64k', files: [{ path: 'controls-late.txt', bytes: textWith(random, randomBytes(random, 4096).map((b) => b % 8 + 1), 66 * 1024) }] }),
    (random) => {
      const type = random.pick(Object.keys(magic));
      const extension = random.pick(['txt', 'html']);
      return { kind: `${type}-named-${extension}`, files: [{ path: `picture.${extension}`, bytes: new Uint8Array(Buffer.concat([Buffer.from(magic[type]), randomBytes(random, random.int(100, 200_000))])) }] };
    },
    (random) => ({ kind: 'random-bytes', files: [{ path: 'random.txt', bytes: new Uint8Array(randomBytes(random, random.int(1, 50_000))) }] }),
  ],
};
