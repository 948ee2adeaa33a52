import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import type { RawArticle } from '../../src/ingest/types.js';

/** Headlines from the Emergent set (Ferreira & Vlachos 2016): RSS items and wire alerts are often only this. */
const watch = 'Apple Watch Developers Told to Limit Features to Save Battery Life';
const cook = 'Tim Cook says Apple Watch will be available outside U.S. in April';

function article(line: unknown): RawArticle {
  const read = articleFromJsonl(line, 'feed.jsonl:1');
  if ('reason' in read) throw new Error(read.reason);
  return read.article;
}

const sliceOf = (text: string) => (p: { start: number; end: number }) => text.slice(p.start, p.end);

describe('a JSONL line that is only a headline', () => {
  it('is an article whose text is the headline, whether "text" is empty, missing or null', () => {
    for (const line of [
      { title: watch, text: '', outlet: 'appleinsider.com', url: 'http://appleinsider.com/articles/15/02/20/apple-watch' },
      { title: watch },
      { title: watch, text: null, html: null },
      { title: watch, html: '   ' },
    ]) {
      const raw = article(line);
      expect(raw).toMatchObject({ format: 'text', content: watch, supplied: { from: 'jsonl', title: watch } });
    }
  });

  it('is analysed into one title paragraph holding the headline, and the pipeline runs on it', () => {
    const analyzed = analyzeArticle(article({ title: cook, text: '', outlet: 'macrumors.com', published: '2015-03-10' }));
    const { text, paragraphs, statements, entities, times } = analyzed.document;
    expect(text).toBe(cook);
    expect(paragraphs).toEqual([{ start: 0, end: cook.length, kind: 'title' }]);
    expect(analyzed.title).toEqual({ value: cook, how: 'jsonl' });
    expect(statements.map((s) => [s.speaker?.text, sliceOf(text)(s.cue), s.kind])).toEqual([['Tim Cook', 'says', 'headline']]);
    expect(entities.map((e) => sliceOf(text)(e))).toContain('Tim Cook');
    expect(times.map((t) => [sliceOf(text)(t), t.value])).toEqual([['April', '2015-04']]);
  });

  it('holds the headline once when the text repeats it, and is the same article as the headline alone', () => {
    const alone = analyzeArticle(article({ title: watch, text: '' }));
    for (const text of [watch, `${watch}\n\n${watch}`, `  ${watch.toUpperCase()}\n`]) {
      const repeated = analyzeArticle(article({ title: watch, text }));
      expect(repeated.document.paragraphs).toHaveLength(1);
      expect(repeated.document.paragraphs[0].kind).toBe('title');
      expect(repeated.document.text.toLowerCase()).toBe(watch.toLowerCase());
    }
    expect(analyzeArticle(article({ title: watch, text: watch })).contentHash).toBe(alone.contentHash);
  });

  it('keeps a short headline the cleaner would not take for one as the title', () => {
    const analyzed = analyzeArticle(article({ title: "World's oldest burger", text: '' }));
    expect(analyzed.document.paragraphs).toEqual([{ start: 0, end: 21, kind: 'title' }]);
    expect(analyzed.removed).toEqual([]);
  });

  it('keeps a headline the boilerplate filter reads as a credit line, and does not list it as removed', () => {
    const source = 'Source: Apple set to acquire Path in an attempt to bolster iOS social cred';
    const analyzed = analyzeArticle(article({ title: source, text: source, outlet: 'pando.com' }));
    expect(analyzed.document.text).toBe(source);
    expect(analyzed.document.paragraphs).toEqual([{ start: 0, end: source.length, kind: 'title' }]);
    expect(analyzed.removed).toEqual([]);
  });

  it('leaves an article with a body as it was', () => {
    const body = 'The Cupertino company told developers on Friday that apps should do most of their work on the iPhone.';
    const analyzed = analyzeArticle(article({ title: watch, text: `${watch}\n\n${body}` }));
    expect(analyzed.document.paragraphs.map((p) => p.kind)).toEqual(['title', 'body']);
    expect(analyzed.document.text).toBe(`${watch}\n\n${body}`);
  });

  it('is refused when it has neither a title nor any text', () => {
    for (const line of [{}, { title: '', text: '' }, { title: null, text: null, url: 'http://example.org/x' }, { title: '  ', html: '' }]) {
      expect(articleFromJsonl(line, 'feed.jsonl:1')).toEqual({ reason: 'is not an article: line has neither a "text" nor an "html" field with content, nor a "title"' });
    }
  });

  it('is refused with the usual reason when its only text has no words', () => {
    expect(() => analyzeArticle(article({ title: '<<<>>>' }))).toThrow('no article text found in it');
  });
});

describe('a JSONL field given as null', () => {
  it('is absent: url, published, outlet and title', () => {
    const raw = article({ text: `${cook}\n\nThe chief executive spoke at a conference.`, url: null, published: null, outlet: null, title: null });
    expect(raw.supplied).toEqual({ from: 'jsonl' });
    const analyzed = analyzeArticle(raw);
    expect(analyzed.url).toBeNull();
    expect(analyzed.outlet.how).not.toBe('jsonl');
    expect(analyzed.published.how).not.toBe('jsonl');
  });

  it('still refuses a field of the wrong type', () => {
    expect(articleFromJsonl({ text: 'Body', url: 5 }, 'feed.jsonl:1')).toEqual({ reason: expect.stringMatching(/^is not an article: url .*expected string, received number$/) });
  });
});
