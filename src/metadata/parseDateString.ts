import * as chrono from 'chrono-node';

/*
 * Normalises a date as pages and manifests write it to YYYY-MM-DD, or null
 * when the string does not state a full calendar day. Numeric forms are read
 * by our own patterns because they are unambiguous once the order is fixed
 * and chrono would guess a missing year from today; written months ('16 June
 * 2017', 'Fri, 16 Jun 2017 10:42 GMT', '9. Oktober 2020', '9 octobre 2020')
 * go to chrono-node's locale parsers, and only results that state year,
 * month and day are accepted. The day is taken as written, never shifted by
 * the timezone: '2017-06-16T23:30:00-04:00' is 16 June where it was published.
 */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null;
}

interface NumericPattern {
  name: string;
  pattern: RegExp;
  read: (m: RegExpExecArray) => [number, number, number];
}

const NUMERIC: readonly NumericPattern[] = [
  // '2017-06-16', '2017-06-16T10:42:00Z', '2017/06/16', '2017.06.16'
  { name: 'year-first', pattern: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [+m[1], +m[2], +m[3]] },
  // '20170616' alone or before a time ('20170616T1042')
  { name: 'compact', pattern: /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/, read: (m) => [+m[1], +m[2], +m[3]] },
  // '16.06.2017' (day first, as in German and most of Europe)
  { name: 'day-dot-month', pattern: /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/, read: (m) => [+m[3], +m[2], +m[1]] },
  // '06/16/2017' (US) or '16/06/2017' (elsewhere); a part above 12 decides, else the US order
  {
    name: 'slashed',
    pattern: /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/,
    read: (m) => (+m[1] > 12 ? [+m[3], +m[2], +m[1]] : [+m[3], +m[1], +m[2]]),
  },
];

/* Every locale chrono-node 2.10 ships; English first, as most pages print it. */
const PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.uk, chrono.ja, chrono.zh, chrono.ar, chrono.sv, chrono.fi, chrono.id, chrono.vi];

/*
 * Digits and spellings chrono does not read, rewritten to ones it does:
 * Eastern Arabic and Persian digits ('١٣ أبريل ٢٠٢٠' is '13 أبريل 2020'),
 * full-width digits ('２０２０年４月１３日'), and the Egyptian spelling 'إبريل'
 * of April next to chrono's 'أبريل'.
 */
const ARABIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

export function normaliseDateText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_ZERO))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/إبريل/g, 'أبريل');
}

/** Epoch seconds or milliseconds, as some CMSs put in data attributes ('1497609720'). */
function fromEpoch(text: string): string | null {
  if (!/^\d{10}(?:\d{3})?$/.test(text)) return null;
  const date = new Date(text.length === 10 ? +text * 1000 : +text);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Chrono resolves 'yesterday' against its reference; a stated day must at least write a year. */
const STATES_YEAR = /\d{4}|\d{2,4}\s*年/;

function fromChrono(text: string): string | null {
  if (!STATES_YEAR.test(text)) return null;
  for (const locale of PARSERS) {
    for (const result of locale.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
      const start = result.start;
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      const date = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
      if (date) return date;
    }
  }
  return null;
}

/** The numeric patterns unanchored, built once: 'Published 16.06.2017, 10:42', 'Stand: 2017-06-16'. */
const NUMERIC_INSIDE = NUMERIC.map(({ pattern, read }) => ({ pattern: new RegExp(`(?:^|[^\\d])${pattern.source.slice(1)}`), read }));

export function parseDateString(input: string): string | null {
  const text = normaliseDateText(input).trim();
  if (text.length === 0 || text.length > 200) return null;
  for (const { pattern, read } of NUMERIC) {
    const match = pattern.exec(text);
    if (match) return isoDate(...read(match));
  }
  const epoch = fromEpoch(text);
  if (epoch) return epoch;
  // A numeric date later in the string.
  for (const { pattern, read } of NUMERIC_INSIDE) {
    const inner = pattern.exec(text);
    if (inner) {
      const date = isoDate(...read(inner));
      if (date) return date;
    }
  }
  return fromChrono(text);
}
