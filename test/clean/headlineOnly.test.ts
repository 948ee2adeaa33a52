import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import type { RawArticle } from '../../src/ingest/types.js';

/** Headlines from the Emergent set (Ferreira & Vlachos 2016). */
const watch = 'Apple Watch Developers Told to Limit Features to Save Battery Life';
const cook = 'Tim Cook says Apple Watch will be available outside U.S. in April';

const html = (content: string, supplied?: RawArticle['supplied']): RawArticle => ({ source: 'alert.html', format: 'html', content, encoding: 'utf-8', ...(supplied ? { supplied } : {}) });
const text = (content: string): RawArticle => ({ source: 'alert.txt', format: 'text', content, encoding: 'utf-8' });

describe('a page whose only content is its headline', () => {
  it('keeps the <title> and <h1> once, as the title paragraph', () => {
    for (const page of [
      `<html><head><title>${watch}</title></head><body><h1>${watch}</h1></body></html>`,
      `<html><head><title>${watch}</title></head><body></body></html>`,
      `<html><head><title>${watch} | AppleInsider</title></head><body><header><h1>${watch}</h1></header></body></html>`,
    ]) {
      const clean = cleanArticle(html(page));
      expect(clean.headlineOnly).toBe(true);
      expect(clean.paragraphs).toEqual([{ start: 0, end: clean.text.length, kind: 'title' }]);
      expect(clean.text).toContain(watch);
      expect(clean.text.split(watch)).toHaveLength(2);
    }
  });

  it('is analysed like any article: the headline statement is found', () => {
    const analyzed = analyzeArticle(html(`<html><head><title>${cook}</title></head><body><h1>${cook}</h1></body></html>`));
    expect(analyzed.document.text).toBe(cook);
    expect(analyzed.document.statements.map((s) => [s.speaker?.text, s.kind])).toEqual([['Tim Cook', 'headline']]);
    expect(analyzed.document.entities.map((e) => e.text)).toContain('Tim Cook');
    expect(analyzed.document.times.map((t) => t.text)).toEqual(['April']);
  });

  it('takes the headline a feed supplied when the page body is empty', () => {
    const analyzed = analyzeArticle(html('<html><body></body></html>', { from: 'jsonl', title: watch }));
    expect(analyzed.document.text).toBe(watch);
    expect(analyzed.document.paragraphs).toEqual([{ start: 0, end: watch.length, kind: 'title' }]);
  });

  it('is a plain-text wire alert of one line', () => {
    const clean = cleanArticle(text(`${watch}\n`));
    expect(clean).toMatchObject({ text: watch, paragraphs: [{ start: 0, end: watch.length, kind: 'title' }], headlineOnly: true });
  });
});

describe('a page that is not a headline-only article', () => {
  it('is still refused when the title sits over page furniture', () => {
    const page = `<html><head><title>Page not found | Example News</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/business">Business</a></nav>
      <footer>© 2019 Example News. All rights reserved.</footer></body></html>`;
    expect(cleanArticle(html(page)).headlineOnly).toBeUndefined();
    expect(() => analyzeArticle(html(page))).toThrow(/no article text found/);
  });

  it('is still refused when it has neither a title nor any words', () => {
    expect(() => analyzeArticle(html('<html><body><div><<<>>></div></p></span><script>alert(1)</script>'))).toThrow('no article text found in it');
    expect(() => analyzeArticle(text('<<<>>>'))).toThrow('no article text found in it');
  });

  it('has a body, and is left as the cleaner made it', () => {
    const clean = cleanArticle(text(`${watch}\n\nApple told developers on Friday that apps should do most of their work on the paired iPhone.`));
    expect(clean.headlineOnly).toBeUndefined();
    expect(clean.paragraphs.map((p) => p.kind)).toEqual(['title', 'body']);
  });
});
