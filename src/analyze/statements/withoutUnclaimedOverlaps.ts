import { spanIndex } from '../spans/spanIndex.js';
import type { Span } from '../types.js';
import type { StatementDraft } from './statementDraft.js';

const hull = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
const isFallback = (d: StatementDraft): boolean => d.rule.startsWith('lexicon-') || d.rule.startsWith('learned-');

/**
 * Drafts of the lexicon fallback give way: to any other parser's draft
 * whose cue, speaker or content they touch, or whose speaker and cue they
 * sit between ('Trump said he *wants* a wall' is one statement by Trump;
 * 'officials *quoted* by Iraqi media said' one by the officials), and to an earlier fallback draft whose
 * content holds their cue ('Sanders *blasted* the deal, which he *called*
 * a disaster' keeps 'blasted'). The tuned parsers win where both read.
 */
export function withoutUnclaimedOverlaps(drafts: StatementDraft[]): StatementDraft[] {
  const claimed = spanIndex(drafts.filter((d) => !isFallback(d)).flatMap((d) => [d.cue, d.content, ...(d.speaker ? [d.speaker, hull(d.speaker, d.cue)] : [])]));
  const kept: StatementDraft[] = [];
  const fallbacks = drafts.filter(isFallback).sort((a, b) => a.cue.start - b.cue.start);
  const ruleContents = spanIndex(drafts.filter((d) => !isFallback(d)).map((d) => d.content));
  // Kept contents that start after the cue looked at: cues come in text order, so once a content
  // starts at or before one cue it does for every later cue, and only the furthest end matters.
  const waiting: Span[] = [];
  let keptReach = -Infinity;
  for (const draft of fallbacks) {
    if (claimed.overlaps(draft.cue.start, draft.cue.end)) continue;
    // A tagged draft on words a rule already reports restates that statement with a worse cue: 'told MPA in a *written message* that ...'.
    if (draft.rule.startsWith('learned-') && ruleContents.overlaps(draft.content.start, draft.content.end)) continue;
    for (let i = waiting.length - 1; i >= 0; i--) {
      if (waiting[i].start > draft.cue.start) continue;
      keptReach = Math.max(keptReach, waiting[i].end);
      waiting.splice(i, 1);
    }
    if (keptReach >= draft.cue.end) continue;
    kept.push(draft);
    waiting.push(draft.content);
  }
  return [...drafts.filter((d) => !isFallback(d)), ...kept];
}
