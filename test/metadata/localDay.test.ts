import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/ingest/types.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { resolveMetadata } from '../../src/metadata/resolveMetadata.js';
import { couldBeLocalDay, readClock, writesSameInstant } from '../../src/metadata/readClock.js';

/** The publication date of a page with the given <head> markup and address. */
function published(head: string, url = 'https://news.example/story', body = '<p>The council met on Monday and voted to close the bridge for repairs.</p>') {
  const raw: RawArticle = { source: url, format: 'html', encoding: 'utf-8', content: `<html><head>${head}</head><body><article>${body}</article></body></html>`, supplied: { url, from: 'jsonl' } };
  return resolveMetadata(raw, cleanArticle(raw)).published;
}

const meta = (time: string) => `<meta property="article:published_time" content="${time}">`;
const jsonLd = (time: string) => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${time}"}</script>`;

describe('the publisher’s local day', () => {
  it('an evening in UTC-4 is that evening’s day, not the next day in UTC', () => {
    expect(published(meta('2020-04-13T21:30:00-04:00'))).toMatchObject({ value: '2020-04-13', how: 'html-meta:meta[article:published_time]' });
  });

  it('a morning in UTC+3 is that morning’s day, not the previous day in UTC', () => {
    expect(published(jsonLd('2020-04-14T02:00:00+03:00'))).toMatchObject({ value: '2020-04-14', how: 'html-meta:json-ld:datePublished' });
  });

  it('a date without a time is taken as written, and a URL a day off does not move it', () => {
    expect(published(meta('2020-04-13'), 'https://news.example/2020/04/14/story')).toMatchObject({ value: '2020-04-13', how: 'html-meta:meta[article:published_time]' });
  });

  it('a UTC time with nothing else on the page stays as written', () => {
    expect(published(jsonLd('2020-04-14T01:30:00Z'))).toMatchObject({ value: '2020-04-14', how: 'html-meta:json-ld:datePublished' });
  });

  it('a URL date a day before a UTC time is the local day, and the how says so', () => {
    expect(published(jsonLd('2020-04-14T01:30:00Z'), 'https://news.example/20200413/story')).toMatchObject({
      value: '2020-04-13',
      how: 'url, the local day of the UTC time in html-meta:json-ld:datePublished',
    });
  });

  it("a UTC time early in the day is the day before on a country's domain west of UTC, whatever its zone there", () => {
    // 00:23 UTC is 21:53 in Newfoundland and 17:23 in Vancouver: the 24th everywhere in Canada.
    expect(published(jsonLd('2020-08-25T00:23:33.312Z'), 'https://ici.radio-canada.ca/nouvelle/1728875')).toMatchObject({
      value: '2020-08-24', how: 'html-meta:json-ld:datePublished, local day by domain .ca',
    });
    // 05:00 UTC is the 24th in Vancouver but the 25th in Halifax: the UTC day stays.
    expect(published(jsonLd('2020-08-25T05:00:00Z'), 'https://news.example.ca/story')).toMatchObject({ value: '2020-08-25' });
    // East of UTC it never moves (a CMS may write its local time with a 'Z'), nor on a generic domain, nor against the URL's day.
    expect(published(jsonLd('2020-08-24T23:30:00Z'), 'https://news.example.de/story')).toMatchObject({ value: '2020-08-24' });
    expect(published(jsonLd('2020-08-25T00:23:00Z'), 'https://news.example.tv/story')).toMatchObject({ value: '2020-08-25' });
    expect(published(jsonLd('2020-08-25T00:23:00Z'), 'https://news.example.ca/2020/08/25/story')).toMatchObject({ value: '2020-08-25' });
  });

  it('a URL date that agrees with the declared day confirms it', () => {
    expect(published(meta('2020-04-13T21:30:00-04:00'), 'https://news.example/2020/04/13/story')).toMatchObject({
      value: '2020-04-13', how: 'html-meta:meta[article:published_time], confirmed by the url', confidence: 0.95,
    });
  });

  it('against a time with its own offset, a URL a day off loses', () => {
    expect(published(meta('2020-04-13T21:30:00-04:00'), 'https://news.example/2020/04/14/story')).toMatchObject({ value: '2020-04-13' });
  });

  it('a URL date that no time zone can reach does not move a UTC time', () => {
    // 20:00 UTC on the 14th is the 14th or the 15th everywhere.
    expect(published(jsonLd('2020-04-14T20:00:00Z'), 'https://news.example/2020/04/13/story')).toMatchObject({ value: '2020-04-14' });
  });

  it('takes the local day from a <time> that writes the same instant on the local clock', () => {
    const body = '<time datetime="2023-11-08 17:49:09">Nov. 8</time><p>The council met on Monday and voted to close the bridge for repairs.</p>';
    expect(published(jsonLd('2023-11-09T01:49:09Z'), undefined, body)).toMatchObject({
      value: '2023-11-08', how: 'html-meta:json-ld:datePublished, local day by article time[datetime]',
    });
  });

  it('does not take a later reply’s time as the local day', () => {
    const head = `${jsonLd('2018-09-27T12:51:09+00:00')}<meta itemprop="datePublished" content="2018-09-28T07:43:23+0200">`;
    expect(published(head)).toMatchObject({ value: '2018-09-27', how: 'html-meta:json-ld:datePublished' });
  });
});

describe('readClock', () => {
  it('reads the clock and offset as written', () => {
    expect(readClock('2020-04-13T21:30:00-04:00')).toEqual({ day: '2020-04-13', minutes: 21 * 60 + 30, seconds: 0, offset: -240 });
    expect(readClock('2020-12-05T23:15:0Z')).toEqual({ day: '2020-12-05', minutes: 23 * 60 + 15, seconds: 0, offset: 0 });
    expect(readClock('February 24, 2020 | 9:25pm')).toEqual({ day: '2020-02-24', minutes: 21 * 60 + 25, seconds: null, offset: null });
    expect(readClock('09.08.2020 u 10:52')).toMatchObject({ day: '2020-08-09', minutes: 10 * 60 + 52 });
    // A printed time with its seconds: read whole, not refused as a date ('12.08.2020') is.
    expect(readClock('24 août 2020 - 21:15:30 (Montréal)')).toEqual({ day: '2020-08-24', minutes: 21 * 60 + 15, seconds: 30, offset: null });
    expect(readClock('2020-04-13')).toBeNull();
  });

  it('knows the same instant on another clock, and no other', () => {
    const utc = readClock('2020-02-25T02:25:54Z')!;
    expect(writesSameInstant(utc, readClock('February 24, 2020 | 9:25pm')!)).toBe(true);
    expect(writesSameInstant(utc, readClock('2020-02-24T21:25:54-05:00')!)).toBe(true);
    expect(writesSameInstant(utc, readClock('2020-02-24T21:25:54-04:00')!)).toBe(false);
    expect(writesSameInstant(utc, readClock('2020-02-24 21:25:10')!)).toBe(false);
    expect(writesSameInstant(utc, readClock('February 24, 2020 | 9:40pm')!)).toBe(false);
  });

  it('allows the next day east only late in the UTC day, and the previous day west only early', () => {
    expect(couldBeLocalDay(readClock('2020-04-14T02:00:00Z')!, '2020-04-13')).toBe(true);
    expect(couldBeLocalDay(readClock('2020-04-14T11:00:00Z')!, '2020-04-13')).toBe(false);
    expect(couldBeLocalDay(readClock('2020-04-13T23:00:00Z')!, '2020-04-14')).toBe(true);
    expect(couldBeLocalDay(readClock('2020-04-13T09:00:00Z')!, '2020-04-14')).toBe(false);
  });
});

describe('dates printed in the page’s language', () => {
  const page = (dateline: string) => `<html><head><title>t</title></head><body><article><h1>عنوان الخبر</h1><p>${dateline}</p>
    <p>قال المجلس إن الجسر سيغلق للإصلاحات خلال الأسابيع المقبلة بعد تصويت الأعضاء.</p><p>وأضاف أن الطرق البديلة ستفتح أمام السيارات.</p></article></body></html>`;
  it.each([
    ['١٣ أبريل ٢٠٢٠', '2020-04-13'],
    ['الاثنين 13 إبريل 2020', '2020-04-13'],
    ['13 апреля 2020 г.', '2020-04-13'],
    ['2020年4月13日', '2020-04-13'],
  ])('a dateline %j above the text is %s', (dateline, date) => {
    const raw: RawArticle = { source: 'page.html', format: 'html', encoding: 'utf-8', content: page(dateline) };
    expect(resolveMetadata(raw, cleanArticle(raw)).published).toMatchObject({ value: date, how: 'text-dateline' });
  });
});
