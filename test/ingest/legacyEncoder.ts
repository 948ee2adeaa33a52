/**
 * Encodes text in a legacy encoding for tests, since TextEncoder only writes
 * UTF-8: the table is Node's own decoder read backwards, one byte for
 * single-byte encodings (iso-8859-2: Ł is 0xA3), two for Shift_JIS
 * (日 is 0x93 0xFA). A character the encoding lacks is an error.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableOf(encoding: string): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (!table.has(char)) table.set(char, bytes);
    } catch {
      // Not a character in this encoding.
    }
  };
  for (let byte = 0; byte < 0x100; byte++) add([byte]);
  if (encoding === 'shift_jis') {
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) add([lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(encoding: 'iso-8859-2' | 'shift_jis' | 'koi8-r' | 'windows-1250', text: string): Uint8Array {
  const table = tableOf(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = table.get(char);
    if (!encoded) throw new Error(`'${char}' has no ${encoding} bytes`);
    bytes.push(...encoded);
  }
  return new Uint8Array(bytes);
}
