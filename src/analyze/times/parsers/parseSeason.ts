import { mentionOf, type TimeParser } from '../TimeParser.js';
import type { Lean, Season } from '../TimeMention.js';
import { partOfPeriod } from './parseMonthYear.js';

// Seasons: 'last fall', 'this summer', 'the winter of 2015', 'spring 2016',
// 'in the autumn'. 'the fall of Mosul' and 'prices fall' are not seasons, so
// a bare season needs a year, a 'last'/'this'/'next', or 'in (the)' before it
// and no 'of <Name>' after it.
const seasons: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const leans: Record<string, Lean> = {
  last: 'strict-past', 'this past': 'strict-past', past: 'strict-past', this: 'this', next: 'strict-future', 'this coming': 'strict-future', coming: 'strict-future',
};

export const parseSeason: TimeParser = {
  name: 'season',
  pattern: /(?<![\w-])(?:(last|this past|this coming|this|next|coming|past)\s)?(?:(early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)?(?:the\s)?(spring|summer|fall|autumn|winter)(?:,?\s(?:of\s)?(\d{4}))?(?![\w-])/gi,
  extract(match, text) {
    const [whole, relative, part, name, year] = match;
    if (!relative && !year) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      const after = text.slice(match.index + whole.length, match.index + whole.length + 12);
      if (!part && !/\b(?:in|during|by|until|through|over|since)\s(?:the\s)?$/i.test(before + (/^the\s/i.test(whole) ? 'the ' : ''))) return null;
      if (/^\s(?:of|and)\s/i.test(after) && !/^\sof\s(?:\d|nineteen|eighteen|two thousand)/i.test(after)) return null;
      if (/^(?:the\s)?fall$/i.test(whole) && /^\s+of\b/.test(after)) return null;
    }
    const lower = relative?.toLowerCase();
    return mentionOf(match, {
      type: 'DATE',
      rule: year ? 'season-year' : lower ? `${lower}-season` : 'season',
      stated: year ? ['year', 'season'] : ['season'],
      parts: { season: seasons[name.toLowerCase()], year: year ? Number(year) : undefined },
      lean: lower ? leans[lower] : 'past',
      mod: partOfPeriod(part),
    });
  },
};
