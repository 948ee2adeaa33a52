/*
 * Reading bytes as UTF-8: whole, nearly whole, or not at all.
 *
 * Nearly whole is a UTF-8 page with a few characters cut in half, as
 * scrapers and CMS teasers leave them ('paczek papieros\xC3...', the ś
 * missing its second byte): at least ten well-formed multi-byte characters
 * per broken sequence. Four pages of the trafilatura set are like that
 * (one to four broken against a hundred or more); a Windows-1252 or Latin-1
 * file has no well-formed multi-byte sequence at all, so it never passes.
 */

/** Well-formed multi-byte characters needed per broken sequence to read the bytes as UTF-8 anyway. */
const VALID_PER_BROKEN = 10;

export type Utf8Reading =
  | { text: string; broken?: { sequences: number; firstAt: number } }
  | { notUtf8: { firstAt: number; multiByte: number } };

export function readUtf8(bytes: Uint8Array): Utf8Reading {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not whole: counted below.
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let broken = 0;
  let multiByte = 0;
  for (const char of text) {
    if (char === '\uFFFD') broken++;
    else if (char.codePointAt(0)! > 0x7f) multiByte++;
  }
  const firstAt = firstInvalidUtf8Offset(bytes);
  if (multiByte >= VALID_PER_BROKEN * broken) return { text, broken: { sequences: broken, firstAt } };
  return { notUtf8: { firstAt, multiByte } };
}

/** True when the bytes hold at least one byte above 0x7F, that is, when being UTF-8 says something. */
export function hasHighBytes(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
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
