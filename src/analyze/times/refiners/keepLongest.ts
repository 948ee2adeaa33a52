import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

/**
 * Overlapping candidates keep the longest, then the earlier parser:
 * 'July 5, 2014' beats the year '2014' inside it, 'a year ago' beats 'a year'.
 */
export const keepLongest: TimeRefiner = {
  name: 'keep-longest',
  refine(mentions) {
    const ranked = mentions.map((mention, order) => ({ mention, order }))
      .sort((a, b) => (b.mention.end - b.mention.start) - (a.mention.end - a.mention.start) || a.order - b.order);
    const kept: TimeMention[] = [];
    for (const { mention } of ranked) {
      if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
