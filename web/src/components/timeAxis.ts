const day = 86_400_000;

export interface Tick {
  at: number;
  label: string;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar-aligned ticks for a visible span: days, weeks, months, quarters or years, about six of them. */
export function ticksFor(start: number, end: number): Tick[] {
  const span = end - start;
  const ticks: Tick[] = [];
  if (span <= 12 * day || span <= 60 * day) {
    const step = span <= 12 * day ? 1 : 7;
    const first = Math.ceil(start / day) * day;
    for (let t = first; t <= end; t += step * day) {
      const d = new Date(t);
      ticks.push({ at: t, label: `${d.getUTCDate()} ${months[d.getUTCMonth()]}` });
    }
    return ticks;
  }
  const monthStep = span <= 300 * day ? 1 : span <= 1100 * day ? 3 : 12;
  const s = new Date(start);
  let year = s.getUTCFullYear();
  let month = Math.ceil((s.getUTCMonth() + (s.getUTCDate() > 1 ? 1 : 0)) / monthStep) * monthStep;
  year += Math.floor(month / 12);
  month %= 12;
  for (;;) {
    const at = Date.UTC(year, month, 1);
    if (at > end) break;
    const d = new Date(at);
    // 'Mar 2017', 'Apr', …, '2018': the year once, where it starts, keeps labels short enough for a phone.
    const label = monthStep === 12 || d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : ticks.length === 0 ? `${months[d.getUTCMonth()]} ${d.getUTCFullYear()}` : months[d.getUTCMonth()];
    if (at >= start) ticks.push({ at, label });
    month += monthStep;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return ticks;
}
