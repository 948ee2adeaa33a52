import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/clean/decodeHtmlBytes.js';

const bytes = (...parts: (string | number)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'number' ? [part] : [...Buffer.from(part, 'latin1')])));

describe('decodeHtmlBytes', () => {
  // 0x93 and 0x94 are curly quotes in windows-1252, which browsers use for pages labelled latin-1 too.
  it.each([
    ['no declaration', bytes('<p>', 0x93, 'Caf', 0xe9, 0x94, '</p>')],
    ['declared iso-8859-1', bytes('<meta charset="iso-8859-1"><p>', 0x93, 'Caf', 0xe9, 0x94, '</p>')],
  ])('reads windows-1252 quotes with %s', (_name, page) => {
    expect(decodeHtmlBytes(page)).toContain('<p>“Café”</p>');
  });
});
