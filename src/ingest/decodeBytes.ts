import { decodeAs, encodingNamed } from './decodeAs.js';
import { looksLikeHtml } from './fetch/formatOfPage.js';
import { findDeclaredCharset, type DeclaredCharset } from './findDeclaredCharset.js';
import { hasHighBytes, readUtf8 } from './readUtf8.js';
import { decodeWindows1252, windows1252High } from './windows1252.js';

/*
 * Turns an input's bytes into text, saying which encoding it was and how we
 * know. Every way in uses it: files given to the CLI, uploads, the queue
 * (which reads files the same way) and the evaluation scripts.
 *
 * Order matters:
 * 1. A byte-order mark is decisive.
 * 2. A declared charset: the caller's Content-Type header, else the page's
 *    own (<meta charset>, <meta http-equiv>, <?xml encoding>). One
 *    exception: bytes that are valid UTF-8 (or nearly, see readUtf8) and
 *    hold multi-byte characters are UTF-8 whatever the page says, since legacy text is almost never
 *    valid UTF-8 by chance while pages re-saved as UTF-8 keep their old
 *    meta (three pages of the evaluation sets say iso-8859-1 or iso-8859-2
 *    and are UTF-8). A label no decoder knows is set aside with a warning.
 * 3. Detection: UTF-8 when the bytes are UTF-8 (or nearly, see readUtf8),
 *    else Windows-1252, but only for bytes that look like legacy text.
 *
 * Binary content (NUL bytes, many control bytes) and damaged UTF-8 are
 * refused rather than decoded into garbage.
 */

export interface Decoded {
  text: string;
  /**
   * From the bytes alone: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'.
   * Declared: the encoding and who declared it, 'iso-8859-2 (meta charset)', 'koi8-r (content-type header)'.
   */
  encoding: string;
  /** What was repaired or set aside on the way ('3 byte sequences are not UTF-8 ...'); the caller adds the file name. */
  warnings: string[];
}

/** A decoding problem, phrased for a reader; the caller adds the file name. */
export class DecodeError extends Error {}

/** `contentType` is the HTTP header's value when the caller has one ('text/html; charset=koi8-r'), or a bare charset. */
export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const { readable, dropped } = dropStrayNulsFromHtml(bytes);
  const decoded = decodeByEncoding(readable, contentType);
  if (dropped) decoded.warnings.unshift(`${count(dropped)} NUL byte${dropped === 1 ? ' was' : 's were'} dropped from the page, as a browser drops them`);
  // A UTF-16 file passes the byte check (its NULs are half characters), so its characters are checked too.
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) throw new DecodeError(`looks like a binary file (it contains a NUL character at character ${count(nul)}), not an article; expected text, HTML or JSONL`);
  return decoded;
}

function decodeByEncoding(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const byMark = byByteOrderMark(bytes);
  if (byMark) return byMark;
  const declared = findDeclaredCharset(bytes, contentType);
  const encoding = declared ? declaredEncoding(declared) : null;
  // Only a header can declare UTF-16 without a mark; its bytes hold NULs by nature, so the binary check does not apply.
  if (declared && (encoding === 'utf-16le' || encoding === 'utf-16be')) {
    return { text: strictDecode(encoding, bytes, `${encoding.toUpperCase()} (as its ${declared.by} says)`), encoding: `${encoding} (${declared.by})`, warnings: [] };
  }
  refuseBinary(bytes);
  if (declared && encoding) return byDeclaration(bytes, declared, encoding);
  const detected = byDetection(bytes);
  if (declared) {
    detected.warnings.unshift(`its ${declared.by} names '${declared.label}', which is not an encoding we know; read as ${detected.encoding} instead`);
  }
  return detected;
}

function byByteOrderMark(bytes: Uint8Array): Decoded | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3), 'UTF-8 (it starts with a UTF-8 byte-order mark)'), encoding: 'utf-8-bom', warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2), 'UTF-16LE'), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2), 'UTF-16BE'), encoding: 'utf-16be', warnings: [] };
  }
  return null;
}

/** The standard name of a declared label, or null when unknown; a page cannot declare UTF-16 in its own ASCII text, so that means UTF-8 (as in browsers). */
function declaredEncoding(declared: DeclaredCharset): string | null {
  const encoding = encodingNamed(declared.label);
  if (encoding?.startsWith('utf-16') && declared.by !== 'content-type header') return 'utf-8';
  return encoding;
}

function byDeclaration(bytes: Uint8Array, declared: DeclaredCharset, encoding: string): Decoded {
  const how = `${encoding} (${declared.by})`;
  const utf8 = readUtf8(bytes);
  if (encoding === 'utf-8') {
    if ('text' in utf8) return { text: utf8.text, encoding: how, warnings: brokenWarnings(utf8) };
    throw new DecodeError(
      `is not valid UTF-8, though its ${declared.by} says it is (first bad byte at offset ${count(utf8.notUtf8.firstAt)}); save it as UTF-8 and try again`,
    );
  }
  if ('text' in utf8 && hasHighBytes(bytes)) {
    return { text: utf8.text, encoding: `utf-8 (valid UTF-8, though its ${declared.by} says ${encoding})`, warnings: brokenWarnings(utf8) };
  }
  const text = decodeAs(encoding, bytes);
  if (text !== null) return { text, encoding: how, warnings: [] };
  // A few bytes the declared encoding has no character for (a damaged Shift_JIS page): keep the page, say how many.
  const lenient = decodeAs(encoding, bytes, true) ?? '';
  const replaced = lenient.split('\uFFFD').length - 1;
  return { text: lenient, encoding: how, warnings: [`${count(replaced)} byte sequence${replaced === 1 ? ' is' : 's are'} not ${encoding}, as its ${declared.by} says; replaced by U+FFFD`] };
}

function byDetection(bytes: Uint8Array): Decoded {
  const utf8 = readUtf8(bytes);
  if ('text' in utf8) return { text: utf8.text, encoding: 'utf-8', warnings: brokenWarnings(utf8) };
  // Legacy text has high bytes but no well-formed multi-byte sequence (é is C3 A9, ’ is E2 80 99) and none of the five bytes 1252 leaves undefined.
  const hasUndefined = bytes.some((byte) => byte >= 0x80 && byte <= 0x9f && !windows1252High.has(byte));
  if (hasUndefined || utf8.notUtf8.multiByte > 0) {
    throw new DecodeError(
      `is not valid UTF-8 (first bad byte at offset ${count(utf8.notUtf8.firstAt)}) and does not look like Windows-1252 text either; ` +
        'save it as UTF-8 and try again',
    );
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings: [] };
}

function brokenWarnings(utf8: { broken?: { sequences: number; firstAt: number } }): string[] {
  if (!utf8.broken) return [];
  const { sequences, firstAt } = utf8.broken;
  return [`${count(sequences)} byte sequence${sequences === 1 ? ' is' : 's are'} not UTF-8 (the first at byte ${count(firstAt)}), in text that otherwise is; replaced by U+FFFD`];
}

function strictDecode(label: string, bytes: Uint8Array, described: string): string {
  const text = decodeAs(label, bytes);
  if (text === null) throw new DecodeError(`is not valid ${described}: some bytes do not form characters`);
  return text;
}

/**
 * An HTML page with a few stray NULs is a page, not a binary file: the HTML
 * parsing rules ignore a NUL in text, so a reader never sees one. Seen in
 * the wild after an ad banner: '<img src="1200x100_4.gif" alt="" />' and
 * eleven NULs, twice, in a 190 kB news page. Only when the page opens as
 * HTML (its first bytes, read as ASCII) and NULs are at most one byte in a
 * thousand: a binary file has far more (random bytes: one in 256), and a
 * UTF-16 page without a mark has one in two.
 */
function dropStrayNulsFromHtml(bytes: Uint8Array): { readable: Uint8Array; dropped: number } {
  let nuls = 0;
  for (let at = bytes.indexOf(0); at >= 0; at = bytes.indexOf(0, at + 1)) {
    if (++nuls > bytes.length / 1000) return { readable: bytes, dropped: 0 };
  }
  if (nuls === 0 || !looksLikeHtml(Buffer.from(bytes.subarray(0, 4000)).toString('latin1'))) return { readable: bytes, dropped: 0 };
  return { readable: bytes.filter((byte) => byte !== 0), dropped: nuls };
}

/**
 * A NUL byte anywhere (but a stray one in HTML, above) means binary (PostgreSQL cannot store it in text either);
 * the share of other control bytes is judged on the first 64 kB.
 */
function refuseBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeError(`looks like a binary file (it contains NUL bytes, the first at byte ${count(nul)}), not an article; expected text, HTML or JSONL`);
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

const count = (n: number) => n.toLocaleString('en-US');
