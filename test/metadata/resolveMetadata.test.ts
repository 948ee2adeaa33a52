import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/clean/types.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { resolveMetadata } from '../../src/metadata/resolveMetadata.js';
import { inferPublishedRange } from '../../src/metadata/inferPublishedRange.js';

const text = (content: string, supplied?: RawArticle['supplied'], source = 'a.txt'): [RawArticle, CleanArticle] => {
  const raw: RawArticle = { source, format: 'text', content, encoding: 'utf-8', supplied };
  return [raw, cleanArticle(raw)];
};

const article = `ISIS Leader Likely Fled Mosul As Net Tightens

Officials said on Tuesday that the leader escaped after the strike of 28 May 2017.

Help us grow. Support The Duran on Patreon!`;

describe('resolveMetadata', () => {
  it('prefers supplied values and normalises the supplied date', () => {
    const meta = resolveMetadata(...text(article, { title: 'Given title', outlet: 'The Duran', published: '13/02/2018', from: 'manifest' }));
    expect(meta.title).toEqual({ value: 'Given title', how: 'manifest' });
    expect(meta.outlet).toEqual({ name: 'The Duran', how: 'manifest' });
    expect(meta.published).toEqual({ value: '2018-02-13', earliest: '2018-02-13', latest: '2018-02-13', how: 'manifest', confidence: 1 });
  });

  it("reads an agency's dateline: its day, and the agency as outlet when nothing names the publisher", () => {
    const wire = 'WASHINGTON, Oct 27, 2019 (Reuters) - The U.S. military said on Sunday that the raid had succeeded.';
    const meta = resolveMetadata(...text(wire));
    expect(meta.outlet).toEqual({ name: 'Reuters', how: 'dateline-agency' });
    expect(meta.published).toMatchObject({ value: '2019-10-27', how: 'text-dateline' });
    // A page's address says where the copy was published: that outlet, not the agency that wrote it.
    expect(resolveMetadata(...text(wire, { url: 'https://news.example.org/story', from: 'upload' })).outlet).toEqual({ name: 'news.example.org', how: 'url-host' });
    expect(resolveMetadata(...text(wire, { outlet: 'Daily Example', from: 'upload' })).outlet).toEqual({ name: 'Daily Example', how: 'upload' });
  });

  it('falls back to the first line, the site signature and a content range', () => {
    const meta = resolveMetadata(...text(article));
    expect(meta.title).toEqual({ value: 'ISIS Leader Likely Fled Mosul As Net Tightens', how: 'first-line' });
    expect(meta.outlet).toEqual({ name: 'The Duran', how: 'signature' });
    expect(meta.published).toEqual({ value: null, earliest: '2017-05-28', latest: '2017-06-04', how: 'content-range', confidence: 0.4 });
  });

  it.each([
    ['Common Dreams is powered by optimists who believe in the power of informed citizens.', 'Common Dreams'],
    ['© 2019 Middle East Eye Ltd. All rights reserved.', 'Middle East Eye'],
    ['The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of The Duran.', 'The Duran'],
  ])('reads the outlet from %j', (footer, name) => {
    expect(resolveMetadata(...text(`A Headline Here\n\nThe body said so.\n\n${footer}`)).outlet).toEqual({ name, how: 'signature' });
  });

  it('uses the URL host, then unknown', () => {
    expect(resolveMetadata(...text('The body said so.', { url: 'https://www.theduran.com/x/', from: 'manifest' })).outlet).toEqual({ name: 'theduran.com', how: 'url-host' });
    expect(resolveMetadata(...text('The body said so.')).outlet).toEqual({ name: 'unknown', how: 'unknown' });
  });

  it('takes the URL date, then the text dateline', () => {
    expect(resolveMetadata(...text('The body said so.', { url: 'https://www.commondreams.org/news/2017/06/16/x', from: 'manifest' })).published).toMatchObject({ value: '2017-06-16', how: 'url' });
    expect(resolveMetadata(...text('• December 4, 2021\n\nA Headline\n\nThe body said so.')).published).toMatchObject({ value: '2021-12-04', how: 'text-dateline' });
  });

  it('ignores an invalid supplied date and says unknown when nothing is known', () => {
    const meta = resolveMetadata(...text('The body said so.', { published: 'sometime', from: 'jsonl' }));
    expect(meta.published).toEqual({ value: null, earliest: null, latest: null, how: 'unknown', confidence: 0 });
    expect(meta.title).toEqual({ value: null, how: 'unknown' });
  });

  it('reads HTML meta, preferring the local day over a UTC instant a day off', () => {
    const raw: RawArticle = {
      source: 'https://example.it/x',
      format: 'html',
      encoding: 'utf-8',
      content: `<html><head><meta property="og:site_name" content="La Gazzetta"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-05T23:15:00Z"}</script>
        <meta itemprop="datePublished" content="06 Dicembre 2020"></head><body><p>Body.</p></body></html>`,
    };
    const meta = resolveMetadata(raw, cleanArticle(raw));
    expect(meta.outlet).toEqual({ name: 'La Gazzetta', how: 'html-meta' });
    expect(meta.published).toMatchObject({ value: '2020-12-06', how: 'html-meta:json-ld:datePublished, local day by meta[datepublished]' });
  });
});

describe('inferPublishedRange', () => {
  it('skips dates in sentences about the future and leaves the end open without recent cues', () => {
    expect(inferPublishedRange('The strike took place on 28 May 2017. Talks will resume on 4 July 2017.')).toEqual({
      value: null, earliest: '2017-05-28', latest: null, how: 'content-range', confidence: 0.2,
    });
  });

  it('finds nothing in a body without full dates', () => {
    expect(inferPublishedRange('He was seen in May.')).toBeNull();
  });
});
