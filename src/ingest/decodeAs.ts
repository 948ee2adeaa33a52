import { decodeWindows1252 } from './windows1252.js';

/*
 * Decoding bytes in a named encoding. Labels are resolved as the WHATWG
 * Encoding standard (and so every browser) resolves them, through Node's
 * TextDecoder with full ICU: 'latin1', 'iso-8859-1' and 'us-ascii' all mean
 * windows-1252, 'x-sjis' means shift_jis, 'gb2312' means gbk. Node decodes
 * windows-1252 as Latin-1 (0x93 becomes U+0093, not “), so that one is ours.
 */

/** The standard name for a label ('Shift_JIS' -> 'shift_jis', 'latin1' -> 'windows-1252'), or null when no decoder knows it. */
export function encodingNamed(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * The text, or null when a byte sequence is not a character of that
 * encoding; with `lenient`, such sequences become U+FFFD instead.
 */
export function decodeAs(encoding: string, bytes: Uint8Array, lenient = false): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: !lenient }).decode(bytes);
  } catch {
    return null;
  }
}
