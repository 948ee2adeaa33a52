import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/ingest/types.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { resolveMetadata } from '../../src/metadata/resolveMetadata.js';

/** The publication date of a page with the given markup in <head> and address. */
function published(head: string, url = 'https://shop.example/products/sidamo-beans') {
  const body = '<article><h1>Sidamo beans</h1><p>Our roaster picked these beans for their bright acidity and their notes of citrus and jasmine.</p></article>';
  const raw: RawArticle = { source: url, format: 'html', encoding: 'utf-8', content: `<html><head>${head}</head><body>${body}</body></html>`, supplied: { url, from: 'jsonl' } };
  return resolveMetadata(raw, cleanArticle(raw)).published;
}

const productJson = '<script>var meta = {"product":{"id":42,"published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-01T06:27:24+01:00"}};</script>';

describe('a publication date a page script carries as data', () => {
  it('is read when the page declares no other date', () => {
    expect(published(productJson)).toMatchObject({ value: '2019-03-02', how: 'html-meta:script:published_at' });
  });

  it('gives way to a date in the URL, and to one the page declares for machines', () => {
    expect(published(productJson, 'https://shop.example/2019/05/07/sidamo-beans')).toMatchObject({ value: '2019-05-07', how: 'url' });
    expect(published(`<meta property="article:published_time" content="2019-04-01">${productJson}`)).toMatchObject({ value: '2019-04-01' });
  });

  it('reads no key that does not name publication', () => {
    expect(published('<script>var meta = {"created_at":"2019-03-01T06:27:24+01:00"};</script>')).toMatchObject({ value: null });
  });
});
