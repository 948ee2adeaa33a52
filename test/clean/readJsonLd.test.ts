import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../src/clean/readJsonLd.js';

const article = '{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Director tests positive", "datePublished": "2020-10-26T18:10:00+01:00"}';

describe('reading JSON-LD as pages write it', () => {
  it('reads the article node, not the site node', () => {
    expect(readJsonLd(['{"@type": "WebSite", "datePublished": "2019-01-01"}', article])).toMatchObject({ datePublished: '2020-10-26T18:10:00+01:00', headline: 'Director tests positive' });
  });

  it('repairs a block a template broke: a closing brace too many, a trailing comma, a raw line break in a string', () => {
    expect(readJsonLd([`${article}\n    }\n`]).datePublished).toBe('2020-10-26T18:10:00+01:00');
    expect(readJsonLd([article.replace('}', ',}')]).datePublished).toBe('2020-10-26T18:10:00+01:00');
    expect(readJsonLd([article.replace('Director tests', 'Director\ntests')]).headline).toBe('Director\ntests positive');
  });

  it('repairs no block larger than an article needs, nor more than four on a page, so a hostile page costs no more than a plain one', () => {
    // jsonrepair's time grows with the square of some inputs ('"a' repeated): such a block is skipped, as before repairs.
    const hostile = `{"@type": "NewsArticle", "datePublished": "2020-10-26", "x": ${'"a'.repeat(20_000)}`;
    expect(readJsonLd([hostile]).datePublished).toBeUndefined();
    const broken = `${article}\n}`;
    expect(readJsonLd([broken, broken, broken, broken]).datePublished).toBe('2020-10-26T18:10:00+01:00');
    expect(readJsonLd(['{,', '{,', '{,', '{,', broken]).datePublished).toBeUndefined();
  });

  it('skips a block that is not JSON at all', () => {
    expect(readJsonLd(['<!-- analytics -->', article]).datePublished).toBe('2020-10-26T18:10:00+01:00');
  });
});
