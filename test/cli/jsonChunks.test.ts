import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/jsonChunks.js';

const cases: [string, unknown][] = [
  ['a string with quotes, a newline and non-ASCII', 'He said "not killed"\n— Ministry ✓'],
  ['numbers, booleans and null', [0, -1.5, 1e21, true, false, null]],
  ['empty array and object', { a: [], b: {}, c: [[]] }],
  ['undefined properties are left out, undefined items become null', { a: undefined, b: [undefined, 1], c: 'x' }],
  [
    'a claim-shaped record',
    {
      id: 'dren.killed.1', event_time: null,
      statements: [{ article: 'a1', chain: ['Outlet', 'Agency', 'Speaker'], evidence: { words: [], rule: 'asserts', hedged: false } }],
      relations: [],
    },
  ],
];

describe('jsonChunks', () => {
  it.each(cases)('joins to the text of JSON.stringify(value, null, 2): %s', (_name, value) => {
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('shifts every line right by the indent given', () => {
    const value = { claims: [{ id: 'c1', chain: ['a', 'b'] }] };
    expect([...jsonChunks(value, '    ')].join('')).toBe(JSON.stringify(value, null, 2).replace(/\n/g, '\n    '));
  });

  it('holds no piece larger than the largest string in the value', () => {
    const outlet = 'x'.repeat(100_000);
    const value = { statements: Array.from({ length: 50 }, (_, i) => ({ outlet, chain: [outlet, `speaker ${i}`] })) };
    const longest = Math.max(...[...jsonChunks(value)].map((chunk) => chunk.length));
    expect(longest).toBe(outlet.length + 2);
  });
});
