import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

// News looks back, so an unanchored weekday or month leans to the past unless
// its clause speaks of the future: 'The council will vote Monday', 'talks are
// scheduled to resume in January'. Only words before the time in the same
// sentence count, and not when a reporting verb is right before it: in
// 'said Monday it will', Monday is when it was said.
const futureCue = /\b(?:will|won't|shall|'ll|would|going to|plans? to|planned|scheduled|set to|expected to|is to|are to|due to|due|next|upcoming|until|through|effective|as (?:soon|early) as|(?:could|might) (?!have\b))\b/i;
// A weekday is a week away at most, and 'would' or 'until' in reported speech
// still often tell of last Friday, so weekdays need a plain future.
const weekdayFutureCue = /\b(?:will|won't|shall|'ll|going to|plans? to|scheduled|set to|expected to|is to|are to|due to|next|upcoming|as (?:soon|early) as)\b/i;
const reportedJustBefore = /\b(?:said|says|told|announced|reported|added|confirmed|denied|stated|declared|claimed)\s+(?:on\s+)?$/i;

/** A sentence end after a word, not after 'Mr.' or an initial: 'officials. The' but not 'P. Davison'. */
const sentenceEnd = /(?:[a-z]{3,}[.!?]["”'’]?|;)\s+/g;

function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 160), index);
  let start = 0;
  for (const match of before.matchAll(sentenceEnd)) start = match.index + match[0].length;
  return before.slice(start);
}

export const leanWithTense: TimeRefiner = {
  name: 'lean-with-tense',
  refine(mentions, text) {
    return mentions.map((mention): TimeMention => {
      const parts = mention.parts;
      if (mention.lean !== 'past' || !parts || parts.year !== undefined) return mention;
      if (parts.month === undefined && parts.weekday === undefined && parts.season === undefined) return mention;
      const clause = clauseBefore(text, mention.start);
      const cue = parts.month === undefined && parts.season === undefined ? weekdayFutureCue : futureCue;
      if (!cue.test(clause) || reportedJustBefore.test(clause)) return mention;
      return { ...mention, lean: 'ahead', rule: `${mention.rule}+future-tense` };
    });
  },
};
