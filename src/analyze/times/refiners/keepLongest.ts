import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

/**
 * Overlapping candidates keep the longest, then the earlier parser:
 * 'July 5, 2014' beats the year '2014' inside it, 'a year ago' beats 'a year'.
 * Kept spans never overlap, so marking the characters they cover answers
 * "does this one overlap a kept one?" in the candidate's own length, where
 * asking every kept span made a flood of dates ('3 May 2017, 2017-05-03,
 * May 3, ...' 100,000 times) quadratic.
 */
export const keepLongest: TimeRefiner = {
  name: 'keep-longest',
  refine(mentions, text) {
    const ranked = mentions.map((mention, order) => ({ mention, order }))
      .sort((a, b) => (b.mention.end - b.mention.start) - (a.mention.end - a.mention.start) || a.order - b.order);
    // Which kept span (1-based) covers each character; an empty candidate overlaps one only strictly inside it.
    const coveredBy = new Int32Array(mentions.reduce((end, m) => Math.max(end, m.end), text.length) + 1);
    const overlapsKept = (m: TimeMention): boolean => {
      if (m.start === m.end) return m.start > 0 && coveredBy[m.start - 1] !== 0 && coveredBy[m.start - 1] === coveredBy[m.start];
      for (let i = m.start; i < m.end; i++) if (coveredBy[i]) return true;
      return false;
    };
    const kept: TimeMention[] = [];
    for (const { mention } of ranked) {
      if (overlapsKept(mention)) continue;
      kept.push(mention);
      coveredBy.fill(kept.length, mention.start, mention.end);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
