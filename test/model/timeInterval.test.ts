import { describe, expect, it } from 'vitest';
import {
  compareIntervals, compareTimexValues, contains, notBefore, overlaps, readTimeInterval, widen, type TimeInterval,
} from '../../src/model/timeInterval.js';

const iso = (ms: number): string => new Date(ms).toISOString().replace(':00.000Z', '').replace('T00:00', '');
const read = (value: string): TimeInterval => {
  const interval = readTimeInterval(value);
  if (!interval) throw new Error(`expected '${value}' to name an interval, received null`);
  return interval;
};

describe('readTimeInterval', () => {
  // [value, granularity, earliest, latest (exclusive)]
  const table: [string, string, string, string][] = [
    ['2017-05-28T14:30:15', 'second', '2017-05-28T14:30:15.000Z', '2017-05-28T14:30:16.000Z'],
    ['2017-05-28T14:30', 'minute', '2017-05-28T14:30', '2017-05-28T14:31'],
    ['2017-05-28T14', 'hour', '2017-05-28T14:00', '2017-05-28T15:00'],
    ['2017-05-28TMO', 'part of day', '2017-05-28', '2017-05-28T12:00'],
    ['2017-05-28TAF', 'part of day', '2017-05-28T12:00', '2017-05-28T18:00'],
    ['2025-03-09TNI', 'part of day', '2025-03-09T18:00', '2025-03-10'],
    ['2017-05-28', 'day', '2017-05-28', '2017-05-29'],
    ['2017-W10', 'week', '2017-03-06', '2017-03-13'],
    ['2017-W10-WE', 'weekend', '2017-03-11', '2017-03-13'],
    ['2017-05', 'month', '2017-05-01', '2017-06-01'],
    ['2017-12', 'month', '2017-12-01', '2018-01-01'],
    ['2016-SP', 'season', '2016-03-01', '2016-06-01'],
    ['2016-SU', 'season', '2016-06-01', '2016-09-01'],
    ['2016-FA', 'season', '2016-09-01', '2016-12-01'],
    ['2017-Q1', 'quarter', '2017-01-01', '2017-04-01'],
    ['2017-Q4', 'quarter', '2017-10-01', '2018-01-01'],
    ['2017-H1', 'half', '2017-01-01', '2017-07-01'],
    ['2017-H2', 'half', '2017-07-01', '2018-01-01'],
    ['2017', 'year', '2017-01-01', '2018-01-01'],
    ['2017-WXX-3', 'year', '2017-01-01', '2018-01-01'],
    ['199', 'decade', '1990-01-01', '2000-01-01'],
    ['19', 'century', '1900-01-01', '2000-01-01'],
  ];
  it.each(table)('%s is a %s from %s to %s', (value, granularity, earliest, latest) => {
    const interval = read(value);
    expect(interval.granularity).toBe(granularity);
    expect(new Date(interval.earliest).toISOString().startsWith(earliest)).toBe(true);
    expect(new Date(interval.latest).toISOString().startsWith(latest)).toBe(true);
  });

  it('reads ISO week 1 as starting in the previous year when 4 January is not in its first days', () => {
    // 4 January 2015 was a Sunday: week 1 is 29 December 2014 to 4 January 2015.
    expect([iso(read('2015-W01').earliest), iso(read('2015-W01').latest)]).toEqual(['2014-12-29', '2015-01-05']);
    // 4 January 2021 was a Monday: week 1 starts that day, and 2020 had a week 53 reaching into 2021.
    expect(iso(read('2021-W01').earliest)).toBe('2021-01-04');
    expect([iso(read('2020-W53').earliest), iso(read('2020-W53').latest)]).toEqual(['2020-12-28', '2021-01-04']);
  });

  it('reads winter as running across the year end', () => {
    expect([iso(read('2016-WI').earliest), iso(read('2016-WI').latest)]).toEqual(['2016-12-01', '2017-03-01']);
    expect(contains(read('2016-WI'), read('2017-01-15'))).toBe(true);
    expect(contains(read('2017-WI'), read('2017-01-15'))).toBe(false);
  });

  it.each(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF', 'P5M', 'PT3H', 'XXXX-05-28', 'XXXX-XX-XXTMO', '2017-02-30', '2017-13', '2017-W54', '2017-05-28T25:00', '', 'May 2017'])(
    '%s names no calendar span',
    (value) => expect(readTimeInterval(value)).toBeNull(),
  );
});

describe('comparisons that text got wrong', () => {
  it('autumn 2016 and week 10 of 2017 are before the dates they sort after', () => {
    expect('2016-FA' > '2016-12-01').toBe(true);
    expect(notBefore(read('2016-FA'), read('2016-12-01'))).toBe(false);
    expect('2017-W10' > '2017-06-01').toBe(true);
    expect(notBefore(read('2017-W10'), read('2017-06-01'))).toBe(false);
  });

  it('keeps what text got right', () => {
    expect(notBefore(read('2017-09'), read('2017-05-28'))).toBe(true);
    expect(notBefore(read('2017-05'), read('2017-05-28'))).toBe(true);
    expect(notBefore(read('2017-05-28'), read('2017-05'))).toBe(true);
    expect(notBefore(read('2017-04'), read('2017-05-28'))).toBe(false);
  });

  it('overlaps values that do not nest as text', () => {
    expect(overlaps(read('2025-W10'), read('2025-03'))).toBe(true);
    expect(overlaps(read('2017-05'), read('2017-05-28'))).toBe(true);
    expect(overlaps(read('2017-05'), read('2017-06'))).toBe(false);
    // Half-open: autumn ends where December starts.
    expect(overlaps(read('2016-FA'), read('2016-12'))).toBe(false);
  });

  it('widens to the coarser granularity and the later end', () => {
    const wide = widen(read('2016-WI'), read('2017-01-10'));
    expect([iso(wide.earliest), iso(wide.latest), wide.granularity]).toEqual(['2016-12-01', '2017-03-01', 'season']);
  });

  it('orders by start, the containing value first', () => {
    const values = ['2017-05-01', '2017-SP', '2017-02', '2017-Q1', '2017-05', 'PAST_REF', '2016-WI'];
    expect([...values].sort(compareTimexValues)).toEqual(['2016-WI', '2017-Q1', '2017-02', '2017-SP', '2017-05', '2017-05-01', 'PAST_REF']);
    expect(compareIntervals(read('2017-05'), read('2017-05-01'))).toBeLessThan(0);
  });
});
