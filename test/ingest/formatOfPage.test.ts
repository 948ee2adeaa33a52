import { describe, expect, it } from 'vitest';
import { formatOfPage, looksLikeHtml } from '../../src/ingest/fetch/formatOfPage.js';

describe('looksLikeHtml', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html><html><body><p>x</p></body></html>'],
    ['an html tag after white space', '\n\n  <html lang="es"><body>'],
    ['a body alone', '<body><p>x</p>'],
    ['a template debug comment first', "\n\n<!-- THEME DEBUG -->\n<!-- CALL: theme('html') -->\n<!-- FILE NAME SUGGESTIONS:\n   x html.tpl.php\n-->\n<!DOCTYPE html>"],
    ['an XML declaration first', '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'],
  ])('is HTML: %s', (_name, text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    ['plain text', 'The ministry said on Monday that <b> is not a tag here.'],
    ['a comment and then text', '<!-- saved by a scraper --> The ministry said on Monday ...'],
    ['an unclosed comment', `<!-- ${'x'.repeat(10_000)}`],
    ['a tag in the middle of text', 'Read more at <html> later'],
  ])('is not HTML: %s', (_name, text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });

  it('trusts the Content-Type first', () => {
    expect(formatOfPage('text/html; charset=utf-8', 'plain words')).toBe('html');
    expect(formatOfPage('text/plain', '<!-- x --><html><body>')).toBe('html');
    expect(formatOfPage('text/plain', 'plain words')).toBe('text');
  });
});
