/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has curly
 * quotes, dashes and a few letters (0x93 “, 0x94 ”, 0x96 –, 0x80 €). Node's
 * TextDecoder decodes the label 'windows-1252' as Latin-1, so the table is ours.
 * The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are absent.
 */
export const windows1252High: ReadonlyMap<number, string> = new Map([
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'],
  [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'],
  [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'],
  [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
]);

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += windows1252High.get(byte) ?? String.fromCharCode(byte);
  return text;
}
