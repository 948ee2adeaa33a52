import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { resolveMetadata } from '../../src/metadata/resolveMetadata.js';

const withSupplied = (published: string, from: 'manifest' | 'jsonl' = 'manifest') => {
  const raw: RawArticle = { source: 'a.txt', format: 'text', content: 'A Headline Here\n\nThe ministry said so on Thursday.', encoding: 'utf-8', supplied: { published, from } };
  return resolveMetadata(raw, cleanArticle(raw));
};

describe('a supplied date that is not a day', () => {
  it.each([
    ['0000-00-00', 'its year 0 is outside 1990 to 2100'],
    ['2017-02-30', 'February 2017 has no day 30'],
    ['2017-13-01', 'month 13 does not exist'],
    ['1899-12-31', 'its year 1899 is outside 1990 to 2100'],
    ['31.02.2020', 'February 2020 has no day 31'],
    ['02/30/2019', 'February 2019 has no day 30'],
    ['yesterday', 'it states no year'],
    ['Thursday', 'it states no year'],
    ['June 2017', 'it does not state a whole calendar day'],
    ['sometime in 1850', 'its year 1850 is outside 1990 to 2100'],
    ['not a date', 'it states no year'],
  ])('%j is ignored with a warning: %s', (published, why) => {
    const meta = withSupplied(published);
    expect(meta.published.how).not.toBe('manifest');
    expect(meta.warnings).toEqual([
      expect.stringContaining(`a.txt: the date supplied by the manifest, ${JSON.stringify(published)}, is not a day: ${why}`),
    ]);
  });

  it('says where it came from, and a good date gives no warning', () => {
    expect(withSupplied('someday', 'jsonl').warnings[0]).toContain('the date supplied by the JSONL fields, "someday"');
    for (const published of ['2017-06-16', '16 June 2017', '06/16/2017', '16.06.2017', '2020-02-29']) {
      const meta = withSupplied(published);
      expect(meta.published.how, published).toBe('manifest');
      expect(meta.warnings, published).toEqual([]);
    }
  });
});

describe('values found in the page', () => {
  it('are cut to their limit with a warning', () => {
    const raw: RawArticle = {
      source: 'page.html',
      format: 'html',
      encoding: 'utf-8',
      content: `<html><head><title>${'Long '.repeat(400)}</title><meta property="og:site_name" content="${'Site'.repeat(100)}"></head><body><p>The ministry said so.</p></body></html>`,
    };
    const meta = resolveMetadata(raw, cleanArticle(raw));
    expect(meta.title.value).toHaveLength(500);
    expect(meta.outlet.name).toHaveLength(300);
    expect(meta.warnings).toEqual([
      expect.stringMatching(/^page\.html: title found in the page is 1,99\d characters; cut to the first 500$/),
      'page.html: outlet found in the page is 400 characters; cut to the first 300',
    ]);
  });

  it('keep the warnings from reading the article', () => {
    const raw: RawArticle = { source: 'feed.jsonl:2', format: 'text', encoding: 'utf-8', content: 'The ministry said so.', warnings: ['feed.jsonl:2: repaired'] };
    expect(resolveMetadata(raw, cleanArticle(raw)).warnings).toEqual(['feed.jsonl:2: repaired']);
  });
});
