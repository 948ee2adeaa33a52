import type { Clock } from './readClock.js';
import type { LocalDay } from './localDayOf.js';

/*
 * Where a page was published, when its address says so, as the span of UTC
 * offsets its clocks can show (standard and summer time, in minutes east of
 * UTC). A CMS that writes only a UTC instant ('2020-08-25T00:23:33Z' on
 * ici.radio-canada.ca) still printed the local day for its readers, the
 * evening of 24 August. Only a country-code domain names the country here:
 * the page's locale was tried and dropped, as 'en_US' in og:locale is many a
 * CMS's default (on the bbaw pages it moved four right days to wrong ones,
 * and moved none right). Taking the locale only when <html lang> names the
 * same language did no better (2026-12-06: four bbaw pages moved, all four
 * wrong; one news-dev page moved, abc7ny.com, right). A generic domain
 * ('.com', '.io', '.tv') names none.
 */
const H = 60;
const offsetsByCountry: Record<string, [number, number]> = {
  us: [-10 * H, -4 * H], ca: [-8 * H, -2.5 * H], mx: [-8 * H, -5 * H], br: [-5 * H, -2 * H], ar: [-3 * H, -3 * H], cl: [-4 * H, -3 * H],
  co: [-5 * H, -5 * H], pe: [-5 * H, -5 * H], ve: [-4 * H, -4 * H],
  gb: [0, H], uk: [0, H], ie: [0, H], pt: [0, H], is: [0, 0],
  fr: [H, 2 * H], de: [H, 2 * H], it: [H, 2 * H], es: [H, 2 * H], nl: [H, 2 * H], be: [H, 2 * H], lu: [H, 2 * H], at: [H, 2 * H], ch: [H, 2 * H],
  pl: [H, 2 * H], cz: [H, 2 * H], sk: [H, 2 * H], hu: [H, 2 * H], si: [H, 2 * H], hr: [H, 2 * H], ba: [H, 2 * H], rs: [H, 2 * H], me: [H, 2 * H],
  mk: [H, 2 * H], al: [H, 2 * H], se: [H, 2 * H], no: [H, 2 * H], dk: [H, 2 * H], ng: [H, H],
  gr: [2 * H, 3 * H], fi: [2 * H, 3 * H], ee: [2 * H, 3 * H], lv: [2 * H, 3 * H], lt: [2 * H, 3 * H], ro: [2 * H, 3 * H], bg: [2 * H, 3 * H],
  ua: [2 * H, 3 * H], il: [2 * H, 3 * H], eg: [2 * H, 3 * H], za: [2 * H, 2 * H],
  tr: [3 * H, 3 * H], sa: [3 * H, 3 * H], ke: [3 * H, 3 * H], qa: [3 * H, 3 * H], ae: [4 * H, 4 * H], ir: [3.5 * H, 4.5 * H],
  pk: [5 * H, 5 * H], in: [5.5 * H, 5.5 * H], bd: [6 * H, 6 * H], th: [7 * H, 7 * H], vn: [7 * H, 7 * H],
  cn: [8 * H, 8 * H], hk: [8 * H, 8 * H], tw: [8 * H, 8 * H], sg: [8 * H, 8 * H], my: [8 * H, 8 * H], ph: [8 * H, 8 * H],
  jp: [9 * H, 9 * H], kr: [9 * H, 9 * H], au: [8 * H, 11 * H], nz: [12 * H, 13 * H],
};

/** Country-code domains sold to everyone as generic names, which say nothing of the publisher's country. */
const genericDomains = new Set(['co', 'io', 'tv', 'me', 'fm', 'ai', 'ly', 'to', 'cc', 'ws', 'gg', 'am', 'la', 'nu', 'is']);

export interface PublisherRegion {
  offsets: [number, number];
  /** How the page named it: 'domain .ca'. */
  from: string;
}

/** The publisher's span of UTC offsets from the country-code domain of its address, or null when it names no country. */
export function publisherRegion(url: string | undefined): PublisherRegion | null {
  const tld = url ? hostOf(url)?.split('.').at(-1) : undefined;
  return tld && !genericDomains.has(tld) && offsetsByCountry[tld] ? { offsets: offsetsByCountry[tld], from: `domain .${tld}` } : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The day before a UTC instant's, when it was that day at every offset of
 * the publisher's region ('2020-08-25T00:23Z' in Canada); otherwise null.
 * Only the day before: many CMSs write their local time with a 'Z', and a
 * page east of UTC that posts at 23:30 local would be moved to the next day
 * (on the bbaw pages one such move was right and one wrong); a fake 'Z' west
 * of UTC would mean posting between midnight and dawn, and never moves.
 */
export function localDayInRegion(utc: Clock, region: PublisherRegion): LocalDay | null {
  const [west, east] = region.offsets.map((offset) => dayShift(utc.minutes + offset));
  if (west !== east || west !== -1) return null;
  const day = new Date(`${utc.day}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + west);
  return { date: day.toISOString().slice(0, 10), from: region.from };
}

const dayShift = (minutes: number): number => Math.floor(minutes / 1440);
