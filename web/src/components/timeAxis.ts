const day = 86_400_000;

export interface Tick {
  at: number;
  label: string;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Steps from fine to coarse: days, weeks, then months (1, 3, 6, 12, 24, 60). */
const daySteps = [1, 7];
const monthSteps = [1, 3, 6, 12, 24, 60];

function dayTicks(start: number, end: number, step: number): Tick[] {
  const ticks: Tick[] = [];
  for (let t = Math.ceil(start / day) * day; t <= end; t += step * day) {
    const d = new Date(t);
    ticks.push({ at: t, label: `${d.getUTCDate()} ${months[d.getUTCMonth()]}` });
  }
  return ticks;
}

function monthTicks(start: number, end: number, step: number): Tick[] {
  const ticks: Tick[] = [];
  const s = new Date(start);
  // The first month boundary on or after start that is a multiple of the step (counted from year 0).
  let index = Math.ceil((s.getUTCFullYear() * 12 + s.getUTCMonth() + (s.getUTCDate() > 1 || s.getUTCHours() > 0 ? 1 : 0)) / step) * step;
  for (;;) {
    const at = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (at > end) break;
    const month = index % 12;
    // 'Mar 2017', 'Apr', …, '2018': the year once, where it starts, keeps labels short enough for a phone.
    const label = step >= 12 || month === 0 ? String(Math.floor(index / 12)) : ticks.length === 0 ? `${months[month]} ${Math.floor(index / 12)}` : months[month];
    ticks.push({ at, label });
    index += step;
  }
  return ticks;
}

/** Calendar-aligned ticks for the visible span, as many as fit: at most `room` of them. */
export function ticksFor(start: number, end: number, room = 8): Tick[] {
  const fit = Math.max(2, room);
  for (const step of daySteps) if ((end - start) / (step * day) <= fit) return dayTicks(start, end, step);
  for (const step of monthSteps) {
    const ticks = monthTicks(start, end, step);
    if (ticks.length <= fit) return ticks;
  }
  return monthTicks(start, end, 120);
}
