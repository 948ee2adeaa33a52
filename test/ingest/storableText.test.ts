import { describe, expect, it } from 'vitest';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import { printable } from '../../src/model/printable.js';
import { hasUnstorableCharacter, limitFoundValue, storableArticleText, suppliedFieldProblem } from '../../src/ingest/storableText.js';

describe('storableArticleText', () => {
  it('refuses NUL anywhere in article text, with its offset', () => {
    const text = `${'a'.repeat(70_000)}\u0000b`;
    expect(storableArticleText(text)).toEqual({ refused: expect.stringMatching(/^the text contains a NUL character \(at character 70,000\), so it is binary/) });
  });

  it('replaces lone surrogates by U+FFFD with a warning, and keeps whole pairs', () => {
    expect(storableArticleText('An emoji 😀 stays.')).toEqual({ text: 'An emoji 😀 stays.' });
    const repaired = storableArticleText('Cut \ud83d here and \ude00 there, whole 😀.');
    expect(repaired).toEqual({
      text: 'Cut \ufffd here and \ufffd there, whole 😀.',
      warning: 'the text had 2 lone surrogates (half an emoji or other character, first at character 4); replaced by U+FFFD',
    });
  });
});

describe('suppliedFieldProblem', () => {
  it.each([
    ['outlet', 'x'.repeat(1024 * 1024), 'outlet is 1,048,576 characters; at most 300 allowed'],
    ['title', 'x'.repeat(501), 'title is 501 characters; at most 500 allowed'],
    ['url', `https://example.org/${'a'.repeat(2048)}`, 'url is 2,068 characters; at most 2,048 allowed'],
    ['outlet', 'Wire\u0000', 'outlet contains a NUL character (at character 4), which cannot be stored'],
    ['title', 'Half \ud83d', 'title contains a lone surrogate (at character 5), which is not valid Unicode'],
  ] as const)('%s %#', (field, value, problem) => {
    expect(suppliedFieldProblem(field, value)).toBe(problem);
  });

  it('accepts fields within their limits', () => {
    expect(suppliedFieldProblem('outlet', 'x'.repeat(300))).toBeNull();
    expect(suppliedFieldProblem('title', 'Ministry: “no” 😀')).toBeNull();
  });
});

describe('limitFoundValue', () => {
  it('cuts a value the analysis found, saying so', () => {
    expect(limitFoundValue('title', 'Short')).toEqual({ value: 'Short' });
    expect(limitFoundValue('title', 'x'.repeat(9000))).toEqual({ value: 'x'.repeat(500), warning: 'title found in the page is 9,000 characters; cut to the first 500' });
  });
});

describe('hasUnstorableCharacter', () => {
  it.each([
    ['dren', false],
    ['café 😀', false],
    ['a\u0000', true],
    ['\ud800', true],
    ['\udc00x', true],
  ])('%j: %s', (value, expected) => {
    expect(hasUnstorableCharacter(value)).toBe(expected);
    expect(hasUnstorableCharacter(value)).toBe(expected);
  });
});

describe('articleFromJsonl: JSONL lines and uploads refuse the same things', () => {
  const text = 'The ministry said the commander was killed.';
  it.each([
    [{ text, outlet: 'x'.repeat(1024 * 1024) }, 'is not an article: outlet is 1,048,576 characters; at most 300 allowed'],
    [{ text, title: 'a\u0000b' }, 'is not an article: title contains a NUL character (at character 1), which cannot be stored'],
    [{ text: `${text}\u0000` }, expect.stringMatching(/^is not an article: the "text" field contains a NUL character \(at character 43\)/)],
    [{ html: '<p>x</p>\u0000' }, expect.stringMatching(/the "html" field contains a NUL character/)],
    [{ text, url: 42 }, expect.stringMatching(/^is not an article: url .*expected string/i)],
  ])('refuses %#', (json, reason) => {
    expect(articleFromJsonl(json, 'feed.jsonl:1')).toEqual({ reason });
  });

  it('repairs a lone surrogate in the text and warns, naming the line', () => {
    const read = articleFromJsonl({ text: `${text} \ud83d`, outlet: 'Wire' }, 'feed.jsonl:3');
    expect(read).toMatchObject({
      article: { content: `${text} \ufffd`, supplied: { from: 'jsonl', outlet: 'Wire' }, warnings: [expect.stringMatching(/^feed\.jsonl:3: the "text" field had 1 lone surrogate/)] },
    });
  });
});

describe('printable', () => {
  it('escapes control characters, so a name cannot forge a line or drive the terminal', () => {
    expect(printable('report\n.txt')).toBe('report\\n.txt');
    expect(printable('\u001b[2Jcleared\r')).toBe('\\x1b[2Jcleared\\r');
    expect(printable('tab\tand café 😀')).toBe('tab\tand café 😀');
    expect(printable('a\u2028b\u0085')).toBe('a\\u2028b\\x85');
  });
});
