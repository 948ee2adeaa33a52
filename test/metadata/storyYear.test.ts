import { describe, expect, it } from 'vitest';
import { storyYear, storyYearReachDays } from '../../src/metadata/storyYear.js';

describe('storyYear', () => {
  // The sample corpus: a wire story dated 'April 5' among articles of March to August 2025.
  const halvek = ['2025-03-10', '2025-03-13', '2025-04-03', '2025-06-12', '2025-08-16'];

  it('gives a month and day the year that puts it nearest the story', () => {
    expect(storyYear('04-05', halvek)).toBe(2025);
  });

  it('crosses a new year when the story does: a 30 December dateline beside January articles', () => {
    expect(storyYear('12-30', ['2019-01-02', '2019-01-05'])).toBe(2018);
    expect(storyYear('01-03', ['2018-12-28', '2018-12-30'])).toBe(2019);
  });

  it('picks among the years of a story that spans several by the nearest day', () => {
    // The seeds' span: 2017 to 2019.
    expect(storyYear('10-28', ['2017-03-01', '2017-06-16', '2018-02-13', '2019-10-27'])).toBe(2019);
    expect(storyYear('06-20', ['2017-03-01', '2017-06-16', '2018-02-13', '2019-10-27'])).toBe(2017);
  });

  it('leaves the year unknown when no article of the story is within three months', () => {
    expect(storyYear('01-01', ['2025-04-01'])).toBe(2025); // 90 days before: within reach
    expect(storyYear('12-31', ['2015-06-30', '2017-06-30'])).toBeNull(); // half a year from either
    expect(storyYear('04-05', ['2021-10-01'])).toBeNull(); // 179 days after 2021-04-05, 186 before 2022-04-05
    expect(storyYearReachDays).toBe(92);
  });

  it('leaves it unknown when two years are equally near', () => {
    // 1 July 2024 is 30 days after one article, 1 July 2025 30 days before the other.
    expect(storyYear('07-01', ['2024-06-01', '2025-07-31'])).toBeNull();
    expect(storyYear('07-01', ['2024-06-01', '2025-08-01'])).toBe(2024);
  });

  it('leaves it unknown without a story, and never dates 29 February in a year without one', () => {
    expect(storyYear('04-05', [])).toBeNull();
    expect(storyYear('02-29', ['2024-03-10'])).toBe(2024);
    // 2025 has no 29 February, and 2024's is a year before the story.
    expect(storyYear('02-29', ['2025-03-01'])).toBeNull();
  });
});
