import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/analyze/times/findTimes.js';
import type { AnalyzedDocument, Paragraph, TimeExpression } from '../../src/analyze/types.js';

// The reference story, read from the shared folder (never copied into the
// repository). Each expected pair is a time phrase of the seed and the value
// a careful reader gives it against the publication date in manifest.csv.
const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const seeds = join(shared, 'seeds');
const available = existsSync(join(seeds, 'manifest.csv'));

const expected: Record<string, [string, string][]> = {
  // The Duran, 2018-02-13: a caption from 2014, then a story of the May 2017 strike.
  '000_c6ac2cc778416052.txt': [
    ['July 5, 2014', '2014-07-05'],
    ['June 29', '2014-06-29'],
    ['early 2014', '2014'],
    ['June last year', '2017-06'],
    ['May', '2017-05'],
    ['September 2017', '2017-09'],
    ['five months', 'P5M'],
    ['last year', '2017'],
    ['May last year', '2017-05'],
    ['May 28', '2017-05-28'],
    ['28th May 2017', '2017-05-28'],
    ['May 2017', '2017-05'],
    ['September', '2017-09'],
    ['November', '2017-11'],
    ['now', 'PRESENT_REF'],
    ['currently', 'PRESENT_REF'],
  ],
  // The Times of Israel, Thursday 2017-06-22.
  '001_84c94ac3832a0fdb.txt': [
    ['May 28', '2017-05-28'],
    ['a week', 'P1W'],
    ['July 5, 2014', '2014-07-05'],
    ['Thursday', '2017-06-22'],
    ['last month', '2017-05'],
    ['late May', '2017-05'],
    ['June 16', '2017-06-16'],
    ['a year', 'P1Y'],
    ['Wednesday', '2017-06-21'],
    ['2014', '2014'],
    ['eight-month-old', 'P8M'],
    ['June 2014', '2014-06'],
    ['nearly three years', 'P3Y'],
    ['June 19, 2017', '2017-06-19'],
    ['Nov. 3', '2016-11-03'],
    ['recent months', 'PAST_REF'],
    ['June 3', '2017-06-03'],
    ['September 2015', '2015-09'],
  ],
  // Common Dreams, Friday 2017-06-16.
  '002_80f6718dcb70c95a.txt': [
    ['Friday', '2017-06-16'],
    ['last month', '2017-05'],
    ['2014', '2014'],
    ['May 28', '2017-05-28'],
    ['late May', '2017-05'],
    ['this week', '2017-W24'],
  ],
  // A blog post, Thursday 2017-03-09.
  '003_a90ea0f6ba6c7a37.txt': [
    ['2014', '2014'],
    ['Last fall', '2016-FA'],
    ['Tuesday morning', '2017-03-07TMO'],
    ['6:30 a.m. Tuesday morning', '2017-03-07T06:30'],
  ],
  // Middle East Eye, Monday 2019-02-04.
  '004_29300c3fb4f876c0.txt': [
    ['January', '2019-01'],
    ['two-day', 'P2D'],
    ['September', '2018-09'],
    ['early January', '2019-01'],
    ['almost six months', 'P6M'],
    ['Sunday afternoon', '2019-02-03TAF'],
    ['July', '2018-07'],
    ['2017', '2017'],
    ['recently', 'PAST_REF'],
    ['46-minute', 'PT46M'],
  ],
};

// Phrases of the seeds that are not time expressions.
const neverTimes = ['SU-34', 'Su-34', '600', '$25 million', '14,000', '53', 'fall of Mosul', 'May Have', 'may have'];

function readSeeds(): { file: string; published: string; text: string }[] {
  const rows = readFileSync(join(seeds, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [file, , , published] = row.split(',');
    return { file, published, text: readFileSync(join(seeds, file), 'utf8') };
  });
}

function linesAsParagraphs(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'body' }));
}

function timesOf(text: string, published: string): TimeExpression[] {
  const doc: AnalyzedDocument = { text, paragraphs: linesAsParagraphs(text), sentences: [], tokens: [], entities: [], times: [], statements: [] };
  return findTimes.run(doc, { referenceDate: published }).times ?? [];
}

describe('findTimes on the seed articles', () => {
  if (!available) {
    it.skip(`skipped: no seeds at ${seeds} (set CORROBORATE_SHARED to the shared data folder)`, () => {});
    return;
  }
  for (const seed of readSeeds()) {
    it(`${seed.file} (${seed.published})`, () => {
      const times = timesOf(seed.text, seed.published);
      const found = new Set(times.map((t) => `${t.text} -> ${t.value}`));
      const missing = expected[seed.file].filter(([text, value]) => !found.has(`${text} -> ${value}`));
      expect(missing, `got ${[...found].join('; ')}`).toEqual([]);
      for (const t of times) {
        expect(seed.text.slice(t.start, t.end)).toBe(t.text);
        expect(neverTimes.some((n) => t.text.includes(n))).toBe(false);
      }
    });
  }
});
