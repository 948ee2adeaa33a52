import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../src/ingest/decodeBytes.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', utf8('Baghdadi’s aide said “no”.'), 'utf-8', 'Baghdadi’s aide said “no”.'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]), 'utf-8-bom', 'Café'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Raqqa é', 'utf16le')]), 'utf-16le', 'Raqqa é'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from('Raqqa é', 'utf16le').swap16()]), 'utf-16be', 'Raqqa é'],
    // 0x93/0x94 are Windows-1252 curly double quotes, 0xE9 is é.
    ['Windows-1252', new Uint8Array([0x93, ...Buffer.from('Caf', 'latin1'), 0xe9, 0x94]), 'windows-1252', '“Café”'],
  ])('%s', (_name, bytes, encoding, text) => {
    expect(decodeBytes(bytes)).toEqual({ encoding, text });
  });

  it('refuses binary content, naming the reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(/binary file \(it contains NUL bytes, the first at byte 8\)/);
  });

  it('refuses UTF-8 damaged in the middle rather than guessing Windows-1252', () => {
    const damaged = new Uint8Array([...utf8('Al-Baghdadi’s '), 0xe2, 0x80, ...utf8(' death')]);
    expect(() => decodeBytes(damaged)).toThrow(DecodeError);
    expect(() => decodeBytes(damaged)).toThrow(/not valid UTF-8 \(first bad byte at offset 16\)/);
  });

  it('refuses a UTF-16 file whose bytes do not pair up', () => {
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toThrow(/not valid UTF-16LE/);
  });
});
