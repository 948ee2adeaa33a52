/*
 * Agency copy is often scraped without its date: 'HALVEK, Lessaria, April 5
 * (MPA) - The Oren Valley Front has confirmed ...' gives the month and day,
 * and no field, URL or footer gives the year. A reader takes it from the
 * story the copy belongs to: the other articles about it were published in
 * March and June 2025, so this April 5 is 2025's, not 2024's. The year is the
 * one that puts the day nearest a day on which another article of the story
 * was published, and only when that day is within three months: every day
 * of the calendar lies within half a year of any other in some year, so a
 * wider reach would date a story from an article of another season; one
 * whose nearest neighbour is farther stays unknown.
 */

/** `how` of an undated article whose dateline gives only the month and day: 'text-dateline-without-year:04-05'. */
export const yearlessDatelineHow = 'text-dateline-without-year:';

/** Farther than this from every other article of the story, the day's year is anybody's guess. */
export const storyYearReachDays = 92;

const dayMs = 86_400_000;

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / dayMs;

/** Days between `day` and the nearest of `sortedDays` (YYYY-MM-DD, ascending). */
function distanceToNearest(day: number, sortedDays: readonly number[]): number {
  let low = 0;
  let high = sortedDays.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortedDays[middle] < day) low = middle + 1;
    else high = middle;
  }
  const after = low < sortedDays.length ? sortedDays[low] - day : Infinity;
  const before = low > 0 ? day - sortedDays[low - 1] : Infinity;
  return Math.min(after, before);
}

/** Whether MM-DD is a day of that year (no 29 February in 2025). */
const isDayOf = (year: number, monthDay: string): boolean => {
  const date = new Date(`${year}-${monthDay}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(5, 10) === monthDay;
};

/**
 * The year of a month and day ('04-05') from the publication days of the
 * story's other articles: the year whose day lies nearest one of them, within
 * three months; null when none does, or when two years are equally near.
 */
export function storyYear(monthDay: string, storyDays: readonly string[]): number | null {
  const days = [...new Set(storyDays)].map(dayNumber).filter(Number.isFinite).sort((a, b) => a - b);
  if (!days.length) return null;
  const years = new Set(storyDays.map((day) => Number(day.slice(0, 4))).flatMap((year) => [year - 1, year, year + 1]));
  let best: { year: number; distance: number } | null = null;
  let tied = false;
  for (const year of [...years].sort((a, b) => a - b)) {
    if (!isDayOf(year, monthDay)) continue;
    const distance = distanceToNearest(dayNumber(`${year}-${monthDay}`), days);
    if (best === null || distance < best.distance) {
      best = { year, distance };
      tied = false;
    } else if (distance === best.distance) tied = true;
  }
  return best && !tied && best.distance <= storyYearReachDays ? best.year : null;
}
