import { spanIndex } from '../spans/spanIndex.js';
import type { Span } from '../types.js';
import { clauseJoinerBefore, timeLeadWords, timeWords } from './speakerWords.js';
import type { StatementDraft } from './statementDraft.js';

const hull = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
const isFallback = (d: StatementDraft): boolean => d.rule.startsWith('lexicon-') || d.rule.startsWith('learned-');
/**
 * A participle after a comma takes the clause's subject, with the clause's own verb between ('Mereth *told* MPA ...,
 * citing'), which may be a statement of its own. A gerund after 'by' keeps the verb it completes: 'Obama *responded* to a
 * mother by saying ...' is one statement.
 */
const borrowsSpeaker = (d: StatementDraft): boolean => d.rule === 'participle-after-comma';

/**
 * Whether a draft's speaker opens a clause coordinated to the one before it,
 * after a joiner or a semicolon: 'Figueroa said the campaign planned a
 * protest*, though she acknowledged* it was unlikely to work'. A comma alone
 * does not do: 'the leader of the Front*, Vasko Dren,* survived ...' is an
 * apposition. The speaker stands right before its cue.
 */
function opensOwnClause(text: string, draft: StatementDraft): boolean {
  if (!draft.speaker || draft.speaker.end > draft.cue.start || /[,;:()]/.test(text.slice(draft.speaker.end, draft.cue.start))) return false;
  // 'and *last week* released a call' goes on the clause before, with no speaker of its own.
  if (draft.speaker.text.toLowerCase().split(/\s+/).every((word) => timeWords.has(word) || timeLeadWords.has(word))) return false;
  const before = text.slice(Math.max(0, draft.speaker.start - 12), draft.speaker.start);
  return /;\s*$/.test(before) || clauseJoinerBefore.test(before);
}

/**
 * Drafts of the lexicon fallback give way: to any other parser's draft
 * whose cue, speaker or content they touch, or whose speaker and cue they
 * sit between ('Trump said he *wants* a wall' is one statement by Trump;
 * 'officials *quoted* by Iraqi media said' one by the officials), and to an earlier fallback draft whose
 * content holds their cue ('Sanders *blasted* the deal, which he *called*
 * a disaster' keeps 'blasted'). The tuned parsers win where both read.
 */
export function withoutUnclaimedOverlaps(text: string, drafts: StatementDraft[]): StatementDraft[] {
  const rules = drafts.filter((d) => !isFallback(d));
  // A speaker taken from the clause before ('Mereth told MPA ..., *citing* intelligence') claims its own words, not all up to the cue.
  const speakerSpans = (d: StatementDraft): Span[] => (!d.speaker ? [] : borrowsSpeaker(d) ? [d.speaker] : [d.speaker, hull(d.speaker, d.cue)]);
  const claimed = spanIndex(rules.flatMap((d) => [d.cue, d.content, ...speakerSpans(d)]));
  const claimedOutsideContents = spanIndex(rules.flatMap((d) => [d.cue, ...speakerSpans(d)]));
  const kept: StatementDraft[] = [];
  const fallbacks = drafts.filter(isFallback).sort((a, b) => a.cue.start - b.cue.start);
  const ruleContents = spanIndex(rules.map((d) => d.content));
  // Kept contents that start after the cue looked at: cues come in text order, so once a content
  // starts at or before one cue it does for every later cue, and only the furthest end matters.
  const waiting: Span[] = [];
  let keptReach = -Infinity;
  for (const draft of fallbacks) {
    // A clause of its own inside what a rule read as content is a second statement, which trimSiblingContents.ts then cuts off.
    const ownClause = opensOwnClause(text, draft);
    if ((ownClause ? claimedOutsideContents : claimed).overlaps(draft.cue.start, draft.cue.end)) continue;
    // A tagged draft on words a rule already reports restates that statement with a worse cue: 'told MPA in a *written message* that ...'.
    if (!ownClause && draft.rule.startsWith('learned-') && ruleContents.overlaps(draft.content.start, draft.content.end)) continue;
    for (let i = waiting.length - 1; i >= 0; i--) {
      if (waiting[i].start > draft.cue.start) continue;
      keptReach = Math.max(keptReach, waiting[i].end);
      waiting.splice(i, 1);
    }
    if (keptReach >= draft.cue.end) continue;
    // Two fallbacks on one cue with one content ('I *cannot fathom*' tagged, 'fathom' from the lexicon) are one statement.
    const previous = kept.at(-1);
    if (previous && draft.cue.start < previous.cue.end && draft.content.start === previous.content.start && draft.content.end === previous.content.end) continue;
    kept.push(draft);
    waiting.push(draft.content);
  }
  return [...drafts.filter((d) => !isFallback(d)), ...kept];
}
