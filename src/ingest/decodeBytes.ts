import { decodeWindows1252, windows1252High } from './windows1252.js';

/**
 * Turns an input file's bytes into text, saying which encoding it was.
 *
 * Order matters: a byte-order mark is decisive; then strict UTF-8; then
 * Windows-1252, but only for bytes that look like legacy text (high bytes
 * present, none of the five that 1252 leaves undefined, and no well-formed
 * multi-byte UTF-8 sequence, which would mean a damaged UTF-8 file rather
 * than a 1252 one). Binary content (NUL bytes, many control characters)
 * is refused rather than decoded into garbage.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** A decoding problem, phrased for a reader; the caller adds the file name. */
export class DecodeError extends Error {}


/** A well-formed 2- to 4-byte UTF-8 sequence: é is C3 A9, ’ is E2 80 99. */
const utf8MultiByte = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoded = decodeByEncoding(bytes);
  // A UTF-16 file passes the byte check (its NULs are half characters), so its characters are checked too.
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) throw new DecodeError(`looks like a binary file (it contains a NUL character at character ${nul.toLocaleString('en-US')}), not an article; expected text, HTML or JSONL`);
  return decoded;
}

function decodeByEncoding(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3), 'UTF-8 (it starts with a UTF-8 byte-order mark)'), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2), 'UTF-16LE'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2), 'UTF-16BE'), encoding: 'utf-16be' };
  }
  refuseBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeLegacy(bytes), encoding: 'windows-1252' };
  }
}

function strictDecode(label: string, bytes: Uint8Array, described: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`is not valid ${described}: some bytes do not form characters`);
  }
}

/**
 * A NUL byte anywhere means binary (PostgreSQL cannot store it in text either);
 * the share of other control bytes is judged on the first 64 kB.
 */
function refuseBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeError(`looks like a binary file (it contains NUL bytes, the first at byte ${nul.toLocaleString('en-US')}), not an article; expected text, HTML or JSONL`);
  }
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  if (controls > sample.length * 0.01) {
    throw new DecodeError(`looks like a binary file (${controls} control bytes in the first ${sample.length}), not an article; expected text, HTML or JSONL`);
  }
}

function decodeLegacy(bytes: Uint8Array): string {
  const firstBad = firstInvalidUtf8Offset(bytes);
  const latin = Buffer.from(bytes).toString('latin1');
  const hasUndefined = bytes.some((byte) => byte >= 0x80 && byte <= 0x9f && !windows1252High.has(byte));
  if (hasUndefined || utf8MultiByte.test(latin)) {
    throw new DecodeError(
      `is not valid UTF-8 (first bad byte at offset ${firstBad}) and does not look like Windows-1252 text either; ` +
        'save it as UTF-8 and try again',
    );
  }
  return decodeWindows1252(bytes);
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return offset;
    for (let next = 1; next < length; next++) {
      if ((bytes[offset + next] & 0xc0) !== 0x80) return offset;
    }
    offset += length;
  }
  return offset;
}
