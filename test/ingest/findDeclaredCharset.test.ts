import { describe, expect, it } from 'vitest';
import { findDeclaredCharset } from '../../src/ingest/findDeclaredCharset.js';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('findDeclaredCharset', () => {
  it.each([
    ['<meta charset="ISO-8859-2">', { label: 'iso-8859-2', by: 'meta charset' }],
    ["<meta charset='utf-8' />", { label: 'utf-8', by: 'meta charset' }],
    ['<meta charset=windows-1250>', { label: 'windows-1250', by: 'meta charset' }],
    ['<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', { label: 'shift_jis', by: 'meta http-equiv' }],
    ['<meta content="text/html; charset=euc-jp" http-equiv="content-type">', { label: 'euc-jp', by: 'meta http-equiv' }],
    ['<meta\nhttp-equiv="content-type" content="text/html; charset=iso-8859-1">', { label: 'iso-8859-1', by: 'meta http-equiv' }],
    // The first declaring meta wins, as in a browser's prescan.
    ['<meta name="x" content="y"><meta charset="gb18030"><meta charset="utf-8">', { label: 'gb18030', by: 'meta charset' }],
  ])('%s', (head, expected) => {
    expect(findDeclaredCharset(bytes(`<html><head>${head}</head><body></body></html>`))).toEqual(expected);
  });

  it('reads an XML declaration at the start', () => {
    expect(findDeclaredCharset(bytes('<?xml version="1.0" encoding="KOI8-R"?>\n<html><head><meta charset="utf-8"></head>'))).toEqual({ label: 'koi8-r', by: 'xml declaration' });
  });

  it.each([
    ['no declaration', '<html><head><title>t</title></head><body><p>x</p></body></html>'],
    ['a charset in the article text', '<html><body><p>Write <meta charset="utf-8"> first.</p></body></html>'],
    ['a charset after the head', '<html><head><title>t</title></head><meta charset="iso-8859-2"><p>x</p>'],
    ['an http-equiv other than content-type', '<meta http-equiv="refresh" content="5; charset=koi8-r">'],
    ['an XML declaration not at the start', '<p>x</p><?xml version="1.0" encoding="koi8-r"?>'],
    ['plain text', 'The charset=utf-8 parameter is what the ministry said.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(findDeclaredCharset(bytes(text))).toBeNull();
  });

  it('reads the caller’s Content-Type header first', () => {
    const page = bytes('<meta charset="utf-8">');
    expect(findDeclaredCharset(page, 'text/html; charset="KOI8-R"')).toEqual({ label: 'koi8-r', by: 'content-type header' });
    expect(findDeclaredCharset(page, 'windows-1251')).toEqual({ label: 'windows-1251', by: 'content-type header' });
    // A header without a charset says nothing about the encoding, so the page's meta decides.
    expect(findDeclaredCharset(page, 'text/html')).toEqual({ label: 'utf-8', by: 'meta charset' });
  });

  it('reads a declaration past the first kilobyte but not past 64 kB', () => {
    const scripts = `<script>${'var x = 1;'.repeat(5000)}</script>`;
    expect(findDeclaredCharset(bytes(`<head>${scripts}<meta charset="iso-8859-2"></head>`))?.label).toBe('iso-8859-2');
    const huge = `<script>${'var x = 1;'.repeat(7000)}</script>`;
    expect(findDeclaredCharset(bytes(`<head>${huge}<meta charset="iso-8859-2"></head>`))).toBeNull();
  });
});
