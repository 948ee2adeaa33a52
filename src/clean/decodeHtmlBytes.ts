import { decodeWindows1252 } from '../ingest/windows1252.js';

/*
 * Decodes saved page bytes the way a browser would in the common cases: a
 * byte-order mark wins, then a charset declared in the first bytes
 * (<meta charset="iso-8859-1">, http-equiv content-type), then strict UTF-8,
 * and windows-1252 (a superset of latin-1) when the bytes are not UTF-8.
 * A UTF-8 page with a few broken sequences (a teaser cut in the middle of
 * 'ę': 'papieros\xc3...') is still UTF-8: lenient decoding when the
 * invalid sequences are few against the valid multi-byte ones.
 */
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const SNIFF_BYTES = 4096;
/** Valid multi-byte UTF-8 sequences needed per invalid one to read the page as UTF-8 anyway. */
const VALID_PER_INVALID = 10;

/** Lenient UTF-8 when valid multi-byte sequences far outnumber the broken ones, else null. */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  let valid = 0;
  for (const char of text) {
    if (char === '\uFFFD') invalid++;
    else if (char.codePointAt(0)! > 0x7f) valid++;
  }
  return valid >= VALID_PER_INVALID * invalid ? text : null;
}

/** Labels browsers decode as windows-1252 (WHATWG Encoding); Node decodes them as Latin-1, so ours does it. */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252']);

function tryDecode(bytes: Uint8Array, label: string): string | null {
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = DECLARED.exec(head)?.[1]?.toLowerCase();
  const utf8 = tryDecode(bytes, 'utf-8');
  // Pages often declare latin-1 but are really UTF-8; valid UTF-8 with non-ASCII bytes almost never happens by chance.
  if (utf8 !== null) return utf8;
  const lenient = mostlyUtf8(bytes);
  if (lenient !== null) return lenient;
  if (declared) {
    const decoded = tryDecode(bytes, declared);
    if (decoded !== null) return decoded;
  }
  return decodeWindows1252(bytes);
}
