import { articleText } from './articleText.js';
import { utf8, type Family } from './fuzzCase.js';

/**
 * Bytes that are not what they claim to be: UTF-8 broken mid-sequence,
 * overlong forms (C0 AF is a disguised '/'), surrogates encoded as UTF-8
 * (CESU-8 / WTF-8: ED A0 80 is U+D800), UTF-16 with a BOM cut in half,
 * and UTF-8 glued to Windows-1252 in one file.
 */
const splice = (text: string, bad: number[], at: number): Uint8Array => {
  const bytes = Buffer.from(text, 'utf8');
  const cut = Math.min(at, bytes.length);
  return new Uint8Array(Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)]));
};

const badSequences: Record<string, number[]> = {
  'truncated-3-byte': [0xe2, 0x80],
  'lone-continuation': [0x80, 0xbf],
  'overlong-slash': [0xc0, 0xaf],
  'overlong-nul': [0xc0, 0x80],
  'cesu-lone-high-surrogate': [0xed, 0xa0, 0x80],
  'wtf8-surrogate-pair': [0xed, 0xa0, 0xbd, 0xed, 0xb2, 0xa9],
  'beyond-u10ffff': [0xf4, 0x90, 0x80, 0x80],
  'invalid-fe-ff': [0xfe, 0xff, 0xfe],
};

export const malformedEncodings: Family = {
  name: 'malformedEncodings',
  kinds: [
    (random) => {
      const which = random.pick(Object.keys(badSequences));
      const text = articleText(random);
      return { kind: which, files: [{ path: `${which}.txt`, bytes: splice(text, badSequences[which], random.int(0, text.length)) }] };
    },
    (random) => {
      const units = Buffer.from(articleText(random), 'utf16le');
      const cut = random.int(1, units.length - 1) | 1;
      return { kind: 'utf16le-bom-odd-length', files: [{ path: 'utf16.txt', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), units.subarray(0, cut)])) }] };
    },
    (random) => {
      // A high surrogate with no low one after it, in UTF-16LE: D800 then 'A'.
      const units = Buffer.from(articleText(random), 'utf16le');
      const at = random.int(0, units.length / 2 - 1) * 2;
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), units.subarray(0, at), Buffer.from([0x00, 0xd8, 0x41, 0x00]), units.subarray(at)]);
      return { kind: 'utf16le-lone-surrogate', files: [{ path: 'utf16-surrogate.txt', bytes: new Uint8Array(bytes) }] };
    },
    (random) => {
      const utf8Part = Buffer.from(`${articleText(random)}Le ministre a déclaré ’ça suffit’.\n`, 'utf8');
      const latinPart = Buffer.from(`Le général a été tué, a affirmé l’armée.\n`, 'latin1');
      return { kind: 'mixed-utf8-and-1252', files: [{ path: 'mixed.txt', bytes: new Uint8Array(Buffer.concat([utf8Part, latinPart])) }] };
    },
    (random) => ({
      kind: 'bom-then-1252',
      files: [{ path: 'bom-1252.html', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${articleText(random)} caf\xe9 d\xe9clar\xe9</p>`, 'latin1')])) }],
    }),
    (random) => ({
      kind: 'utf32-bom',
      files: [{ path: 'utf32.txt', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(articleText(random).split('').join('\0\0\0'), 'latin1')])) }],
    }),
    (random) => ({ kind: 'many-bad-bytes', files: [{ path: 'noise.txt', bytes: utf8(articleText(random)).map((byte, index) => (index % 7 === 3 ? 0xff : byte)) }] }),
  ],
};
