import { describe, expect, it } from 'vitest';
import { parseDateString } from '../../src/metadata/parseDateString.js';
import { dateFromUrl } from '../../src/metadata/dateFromUrl.js';

describe('parseDateString', () => {
  it.each([
    ['2017-06-16', '2017-06-16'],
    ['2017-06-16T23:30:00-04:00', '2017-06-16'],
    ['2017/06/16', '2017-06-16'],
    ['20170616', '2017-06-16'],
    ['16.06.2017', '2017-06-16'],
    ['06/16/2017', '2017-06-16'],
    ['16/06/2017', '2017-06-16'],
    ['June 16, 2017', '2017-06-16'],
    ['16 June 2017', '2017-06-16'],
    ['Fri, 16 Jun 2017 10:42:00 GMT', '2017-06-16'],
    ['9. Oktober 2020', '2020-10-09'],
    ['Published 16.06.2017, 10:42', '2017-06-16'],
    ['1497609720', '2017-06-16'],
    // The day as written where it was published, never shifted to UTC.
    ['2020-04-13T21:30:00-04:00', '2020-04-13'],
    ['2020-04-14T02:00:00+03:00', '2020-04-14'],
    ['Mon, 13 Apr 2020 21:30:00 -0400', '2020-04-13'],
    ['April 13, 2020 11:30 PM EDT', '2020-04-13'],
    ['2020-04-14T01:30:00Z', '2020-04-14'],
    // Russian, Chinese, Arabic, with Eastern Arabic and full-width digits.
    ['13 апреля 2020 г.', '2020-04-13'],
    ['2020年4月13日', '2020-04-13'],
    ['２０２０年４月１３日 21:30', '2020-04-13'],
    ['13 أبريل 2020', '2020-04-13'],
    ['الاثنين ١٣ إبريل ٢٠٢٠', '2020-04-13'],
    ['١٣/٠٤/٢٠٢٠', '2020-04-13'],
    ['13 نيسان 2020', '2020-04-13'],
  ])('%j is %s', (text, date) => {
    expect(parseDateString(text)).toBe(date);
  });

  it.each(['June 2017', 'Thursday', '2017-02-30', 'yesterday', '', 'not a date'])('%j is not a day', (text) => {
    expect(parseDateString(text)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.commondreams.org/news/2017/06/16/russian-military-says', '2017-06-16'],
    ['https://example.com/2020-04-24/biden', '2020-04-24'],
    ['https://www.inquirer.com/news/us-state-department-20200718.html', '2020-07-18'],
    ['https://theduran.com/isis-leader-al-baghdadi-severely-injured/', null],
    ['https://example.com/2017/06/archive', null],
    // a day before its month, or a month before its day, where one of them is past 12
    ['https://example.de/media-news/meldungen/29-10-2021', '2021-10-29'],
    ['https://example.com/news/10-29-2021/council-vote', '2021-10-29'],
    ['https://example.at/artikel/29.10.2021/wahl', '2021-10-29'],
    // '03-04-2021' is the 3rd of April or the 4th of March: neither is said
    ['https://example.com/news/03-04-2021/council-vote', null],
    ['https://example.com/news/31-02-2021/council-vote', null],
  ])('%s gives %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});
