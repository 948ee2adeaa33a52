/*
 * Where the bytes say which encoding they are in, in the order a browser
 * trusts them: the HTTP Content-Type header the caller received (a WARC
 * record or a fetched URL), then a declaration in the page itself:
 *
 *   <meta charset="iso-8859-2">
 *   <meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
 *   <?xml version="1.0" encoding="ISO-8859-2"?>
 *
 * Only the head is searched (up to '</head' or '<body'), at most 64 kB: most
 * pages declare in the first kilobyte, but some put scripts and styles first
 * (a German shop page in the htmldate set declares at byte 58,128), and a
 * 'charset=' in the article text is not a declaration.
 */

export type DeclaredBy = 'content-type header' | 'meta charset' | 'meta http-equiv' | 'xml declaration';

export interface DeclaredCharset {
  /** As written, lower-cased: 'iso-8859-2', 'shift_jis', 'x-sjis'. */
  label: string;
  by: DeclaredBy;
}

const HEAD_BYTES = 64 * 1024;

const META_TAG = /<meta\s[^>]*>/gi;
/** name="value", name='value', name=value or a bare name. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
/** The charset inside a content attribute: 'text/html; charset=Shift_JIS'. */
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** <?xml version="1.0" encoding="ISO-8859-2"?>, only at the very start. */
const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/i;
/** 'text/html; charset="koi8-r"' or a bare 'koi8-r'. */
const HEADER_CHARSET = /(?:^|;)\s*charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function findDeclaredCharset(bytes: Uint8Array, contentType?: string): DeclaredCharset | null {
  const header = contentType?.trim();
  if (header) {
    const label = HEADER_CHARSET.exec(header)?.[1] ?? (/^[\w.:-]+$/.test(header) ? header : undefined);
    if (label) return { label: label.toLowerCase(), by: 'content-type header' };
  }
  const head = headOf(bytes);
  const xml = XML_DECLARATION.exec(head);
  if (xml) return { label: xml[1].toLowerCase(), by: 'xml declaration' };
  return firstMetaDeclaration(head);
}

/** The first <meta> that declares a charset, as a browser's prescan reads it. */
function firstMetaDeclaration(head: string): DeclaredCharset | null {
  for (const [tag] of head.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const [, name, value = ''] of tag.slice(5).matchAll(ATTRIBUTE)) {
      attributes.set(name.toLowerCase(), value.replace(/^["']|["']$/g, '').trim());
    }
    const charset = attributes.get('charset');
    if (charset) return { label: charset.toLowerCase(), by: 'meta charset' };
    if (attributes.get('http-equiv')?.toLowerCase() !== 'content-type') continue;
    const label = CHARSET_IN_CONTENT.exec(attributes.get('content') ?? '')?.[1];
    if (label) return { label: label.toLowerCase(), by: 'meta http-equiv' };
  }
  return null;
}

/** The bytes up to the end of the head, as Latin-1 so every byte is one character and ASCII tags read the same in any ASCII-compatible encoding. */
function headOf(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('latin1');
  const end = head.search(/<\/head[\s>]|<body[\s>]/i);
  return end >= 0 ? head.slice(0, end) : head;
}
