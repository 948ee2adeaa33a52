import { articleText } from './articleText.js';
import { utf8, type Family } from './fuzzCase.js';
import type { Random } from './random.js';

/**
 * Single lines of 1 to 20 MB: sentences with no line break (a real article
 * pasted on one line), one endless word, an HTML page on one line, and a
 * JSONL line of that size. Above 10 MB the CLI's per-article limit applies.
 */
const megabytes = (random: Random) => random.pick([1, 2, 3, 5, 12, 20]) * 1024 * 1024;

/** `unit` repeated to about `size` bytes, built by doubling so 20 MB costs nothing. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / Buffer.byteLength(unit))));
}

const oneLine = (random: Random) => articleText(random, 4).replace(/\n+/g, ' ');

export const hugeLines: Family = {
  name: 'hugeLines',
  kinds: [
    (random) => ({ kind: 'sentences-one-line', files: [{ path: 'one-line.txt', bytes: utf8(repeatTo(`${oneLine(random)} `, megabytes(random))) }] }),
    (random) => ({ kind: 'one-endless-word', files: [{ path: 'word.txt', bytes: utf8(`${oneLine(random)} ${repeatTo('abcdefghij', megabytes(random))}\n`) }] }),
    (random) => ({ kind: 'html-one-line', files: [{ path: 'page.html', bytes: utf8(`<html><body>${repeatTo(`<p>${random.sentence()}</p>`, megabytes(random))}</body></html>`) }] }),
    (random) => ({ kind: 'jsonl-line', files: [{ path: 'feed.jsonl', bytes: utf8(`${JSON.stringify({ text: repeatTo(`${random.sentence()} `, megabytes(random)) })}\n`) }] }),
  ],
};
