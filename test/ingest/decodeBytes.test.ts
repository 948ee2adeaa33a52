import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../src/ingest/decodeBytes.js';
import { encodeLegacy } from './legacyEncoder.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));
const metaPage = (meta: string, body: Uint8Array) => concat(utf8(`<html><head>${meta}<title>t</title></head><body><p>`), body, utf8('</p></body></html>'));

describe('decodeBytes from the bytes alone', () => {
  it.each([
    ['plain UTF-8', utf8('Baghdadi’s aide said “no”.'), 'utf-8', 'Baghdadi’s aide said “no”.'],
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], utf8('Café')), 'utf-8-bom', 'Café'],
    ['UTF-16LE with BOM', concat([0xff, 0xfe], Buffer.from('Raqqa é', 'utf16le')), 'utf-16le', 'Raqqa é'],
    ['UTF-16BE with BOM', concat([0xfe, 0xff], Buffer.from('Raqqa é', 'utf16le').swap16()), 'utf-16be', 'Raqqa é'],
    // 0x93/0x94 are Windows-1252 curly double quotes, 0xE9 is é.
    ['Windows-1252', concat([0x93], utf8('Caf'), [0xe9, 0x94]), 'windows-1252', '“Café”'],
    ['Latin-1 bytes, read as Windows-1252', concat(utf8('<p>Gr'), [0xfc], utf8('n und sch'), [0xf6], utf8('n</p>')), 'windows-1252', '<p>Grün und schön</p>'],
  ])('%s', (_name, bytes, encoding, text) => {
    expect(decodeBytes(bytes)).toEqual({ encoding, text, warnings: [] });
  });

  it('refuses binary content, naming the reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(/binary file \(it contains NUL bytes, the first at byte 8\)/);
  });

  it('drops the stray NULs of an HTML page, as a browser does, and says so', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} of the report on the hearing in La Paz.</p>`).join('\n');
    const banner = concat(utf8(`<!-- THEME DEBUG -->\n<!-- CALL: theme('html') -->\n<!DOCTYPE html><html><body><a><img src="1200x100.gif" alt="" />`), new Array(11).fill(0), utf8(`</a>${paragraphs}</body></html>`));
    const decoded = decodeBytes(banner);
    expect(decoded.text).toContain('<img src="1200x100.gif" alt="" /></a><p>Paragraph 0');
    expect(decoded.text).not.toContain('\u0000');
    expect(decoded.warnings).toEqual(['11 NUL bytes were dropped from the page, as a browser drops them']);
  });

  it('still refuses a NUL in plain text, and NULs more than one byte in a thousand of an HTML page', () => {
    const text = utf8(`${'A report on the hearing. '.repeat(200)}`);
    expect(() => decodeBytes(concat(text, [0], text))).toThrow(/binary file \(it contains NUL bytes, the first at byte 5,000\)/);
    const html = utf8(`<html><body>${'<p>A report.</p>'.repeat(20)}`);
    expect(() => decodeBytes(concat(html, [0], html))).toThrow(/binary file \(it contains NUL bytes/);
  });

  it('refuses UTF-8 damaged in the middle rather than guessing Windows-1252', () => {
    const damaged = concat(utf8('Al-Baghdadi’s '), [0xe2, 0x80], utf8(' death'));
    expect(() => decodeBytes(damaged)).toThrow(DecodeError);
    expect(() => decodeBytes(damaged)).toThrow(/not valid UTF-8 \(first bad byte at offset 16\)/);
  });

  it('refuses a UTF-16 file whose bytes do not pair up', () => {
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toThrow(/not valid UTF-16LE/);
  });

  it('reads UTF-8 with one character cut in half among many as UTF-8, with a warning', () => {
    const good = utf8('<meta charset="utf-8"><p>Sprzeciw wobec ataków na Fundację, zażółć gęślą jaźń.</p><p>paczek papieros');
    const decoded = decodeBytes(concat(good, [0xc3], utf8('...</p>')));
    expect(decoded.text).toContain('ataków na Fundację');
    expect(decoded.text).toContain('papieros\uFFFD...');
    expect(decoded.encoding).toBe('utf-8 (meta charset)');
    expect(decoded.warnings).toEqual([`1 byte sequence is not UTF-8 (the first at byte ${good.length}), in text that otherwise is; replaced by U+FFFD`]);
  });
});

describe('decodeBytes with a declared charset', () => {
  const lodz = encodeLegacy('iso-8859-2', 'Łódź');

  it('reads an ISO-8859-2 page by its <meta charset>', () => {
    expect([...lodz]).toEqual([0xa3, 0xf3, 0x64, 0xbc]);
    const decoded = decodeBytes(metaPage('<meta charset="iso-8859-2">', lodz));
    expect(decoded.text).toContain('<p>Łódź</p>');
    expect(decoded.encoding).toBe('iso-8859-2 (meta charset)');
  });

  it('reads a Shift_JIS page by its <meta http-equiv>', () => {
    const page = metaPage('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', new Uint8Array([0x93, 0xfa, 0x96, 0x7b]));
    expect(decodeBytes(page)).toMatchObject({ encoding: 'shift_jis (meta http-equiv)', warnings: [] });
    expect(decodeBytes(page).text).toContain('<p>日本</p>');
  });

  it('reads an XML declaration', () => {
    const page = concat(utf8('<?xml version="1.0" encoding="ISO-8859-2"?>\n<html><body><p>'), lodz, utf8('</p></body></html>'));
    expect(decodeBytes(page)).toMatchObject({ encoding: 'iso-8859-2 (xml declaration)' });
    expect(decodeBytes(page).text).toContain('Łódź');
  });

  it('reads by the caller’s Content-Type header, which beats the page’s own meta', () => {
    const page = metaPage('<meta charset="windows-1252">', encodeLegacy('koi8-r', 'Москва'));
    const decoded = decodeBytes(page, 'text/html; charset=KOI8-R');
    expect(decoded.text).toContain('<p>Москва</p>');
    expect(decoded.encoding).toBe('koi8-r (content-type header)');
  });

  it('lets a byte-order mark beat the meta', () => {
    const page = concat([0xef, 0xbb, 0xbf], metaPage('<meta charset="iso-8859-2">', utf8('Łódź')));
    expect(decodeBytes(page)).toMatchObject({ encoding: 'utf-8-bom', warnings: [] });
    expect(decodeBytes(page).text).toContain('<p>Łódź</p>');
  });

  it('lets the meta beat detection: the same bytes read as Windows-1252 without it', () => {
    expect(decodeBytes(metaPage('', lodz)).text).toContain('<p>£ód¼</p>');
    expect(decodeBytes(metaPage('<meta charset="iso-8859-2">', lodz)).text).toContain('<p>Łódź</p>');
  });

  it('reads labels as browsers do: latin1 and iso-8859-1 mean Windows-1252', () => {
    const page = metaPage('<meta charset="ISO-8859-1">', new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]));
    expect(decodeBytes(page)).toMatchObject({ encoding: 'windows-1252 (meta charset)' });
    expect(decodeBytes(page).text).toContain('<p>“Café”</p>');
  });

  it('falls back to detection with a warning when no decoder knows the label', () => {
    const decoded = decodeBytes(metaPage('<meta charset="x-klingon">', utf8('Łódź')));
    expect(decoded.text).toContain('<p>Łódź</p>');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual(["its meta charset names 'x-klingon', which is not an encoding we know; read as utf-8 instead"]);
  });

  it('reads valid UTF-8 as UTF-8 even when the page says it is Latin-2, and says so', () => {
    const decoded = decodeBytes(metaPage('<meta charset="iso-8859-2">', utf8('Łódź')));
    expect(decoded.text).toContain('<p>Łódź</p>');
    expect(decoded.encoding).toBe('utf-8 (valid UTF-8, though its meta charset says iso-8859-2)');
  });

  it('takes an ASCII-only page at its word', () => {
    expect(decodeBytes(metaPage('<meta charset="iso-8859-2">', utf8('Lodz'))).encoding).toBe('iso-8859-2 (meta charset)');
  });

  it('refuses a page that says UTF-8 but is not, with the offset', () => {
    const page = metaPage('<meta charset="utf-8">', lodz);
    const offset = page.indexOf(0xa3);
    expect(() => decodeBytes(page)).toThrow(`is not valid UTF-8, though its meta charset says it is (first bad byte at offset ${offset}); save it as UTF-8 and try again`);
  });

  it('keeps a page with a few bytes its declared encoding lacks, and counts them', () => {
    // 0x85 0x40 is an unassigned Shift_JIS code.
    const page = metaPage('<meta charset="shift_jis">', new Uint8Array([0x93, 0xfa, 0x85, 0x40, 0x96, 0x7b]));
    const decoded = decodeBytes(page);
    expect(decoded.text).toContain('日\uFFFD');
    expect(decoded.text).toContain('本');
    expect(decoded.warnings).toEqual(['1 byte sequence is not shift_jis, as its meta charset says; replaced by U+FFFD']);
  });

  it('still refuses binary content that declares a charset', () => {
    expect(() => decodeBytes(concat(utf8('<meta charset="iso-8859-2">'), [0, 1, 2]))).toThrow(/binary file/);
  });
});
