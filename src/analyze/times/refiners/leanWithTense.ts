import type { TimeRefiner } from '../TimeParser.js';
import type { TimeMention } from '../TimeMention.js';

// News looks back, so an unanchored weekday or month leans to the past unless
// its clause speaks of the future: 'The council will vote Monday', 'talks are
// scheduled to resume in January'. Only words before the time in the same
// sentence count, and not when a reporting verb is right before it: in
// 'said Monday it will', Monday is when it was said. 'next to' is a place.
const futureCue = /\b(?:will|won't|shall|'ll|would|going to|plans? to|planned|scheduled|set to|expected to|is to|are to|due to|due|next(?! to\b)|upcoming|until|through|effective|as (?:soon|early) as|(?:could|might) (?!have\b))\b/gi;
// A weekday is a week away at most, and 'would' or 'until' in reported speech
// still often tell of last Friday, so weekdays need a plain future.
const weekdayFutureCue = /\b(?:will|won't|shall|'ll|going to|plans? to|scheduled|set to|expected to|is to|are to|due to|next(?! to\b)|upcoming|as (?:soon|early) as)\b/gi;
// The cue itself in the past tense tells of a plan that is over: 'had been due
// to expire Friday' in a Monday report is the Friday just gone.
const pastBeforeCue = /\b(?:was|were|had(?: been)?|previously)\s+$/i;
// A verb in the past between the cue and the time belongs to a later clause
// that looks back: 'will take custody ... since he was rescued in late
// November', 'will now proceed, Cuba predicted Wednesday', 'will receive ...
// shares issued July 1'. A lower-case '-ed' word counts unless it is passive
// or an adjective ('will be released Friday', 'a scheduled vote', 'an
// unspecified date'). After 'as soon as' the verb is the planned event,
// shifted back in reported speech: 'likely to buy as soon as trading opened
// Monday' is still the Monday ahead.
const pastAfterCue =
  /\b(?:was|were|had|did|since|ago)\b|\bha(?:s|ve) been\b|(?<!\b(?:be|been|being|is|are|am|get|gets|got|have|to|a|an|the|its|their|his|her)\s+(?:[a-z]+ly\s+)?)\b(?!un)[a-z]{3,}(?<!e)ed\b/;
const conjunctionCue = /^(?:as (?:soon|early) as|until)$/i;
const reportedJustBefore = /\b(?:said|says|told|announced|reported|added|confirmed|denied|stated|declared|claimed)\s+(?:on\s+)?$/i;

/** A sentence end after a word, not after 'Mr.' or an initial: 'officials. The' but not 'P. Davison'. */
const sentenceEnd = /(?:[a-z]{3,}[.!?]["”'’]?|;)\s+/g;

function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 160), index);
  let start = 0;
  for (const match of before.matchAll(sentenceEnd)) start = match.index + match[0].length;
  return before.slice(start);
}

/** The last future cue decides, unless it is itself past or a past verb follows it. */
function speaksOfFuture(clause: string, cue: RegExp): boolean {
  const last = [...clause.matchAll(cue)].at(-1);
  if (!last) return false;
  if (pastBeforeCue.test(clause.slice(0, last.index))) return false;
  return conjunctionCue.test(last[0]) || !pastAfterCue.test(clause.slice(last.index + last[0].length));
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
      if (!speaksOfFuture(clause, cue) || reportedJustBefore.test(clause)) return mention;
      return { ...mention, lean: 'ahead', rule: `${mention.rule}+future-tense` };
    });
  },
};
