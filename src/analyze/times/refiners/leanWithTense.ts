import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

// News looks back, so an unanchored weekday or month leans to the past unless
// its clause speaks of the future: 'The council will vote Monday', 'talks are
// scheduled to resume in January'. Only words before the time in the same
// sentence count, and not when a reporting verb is right before it: in
// 'said Monday it will', Monday is when it was said.
const futureCue = /\b(?:will|won't|shall|'ll|going to|plans? to|planned|scheduled|expected to|is to|are to|due to|next|upcoming|until|through)\b/i;
const reportedJustBefore = /\b(?:said|says|told|announced|reported|added|confirmed|denied|stated|declared|claimed)\s+(?:on\s+)?$/i;

function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 160), index);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('; '));
  return stop >= 0 ? before.slice(stop + 2) : before;
}

export const leanWithTense: TimeRefiner = {
  name: 'lean-with-tense',
  refine(mentions, text) {
    return mentions.map((mention): TimeMention => {
      const parts = mention.parts;
      if (mention.lean !== 'past' || !parts || parts.year !== undefined) return mention;
      if (parts.month === undefined && parts.weekday === undefined && parts.season === undefined) return mention;
      const clause = clauseBefore(text, mention.start);
      if (!futureCue.test(clause) || reportedJustBefore.test(clause)) return mention;
      return { ...mention, lean: 'nearest', rule: `${mention.rule}+future-tense` };
    });
  },
};
