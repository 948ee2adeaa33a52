import type { Span } from '../types.js';
import type { StatementDraft } from './statementDraft.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
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
  const claimed = drafts.filter((d) => !isFallback(d)).flatMap((d) => [d.cue, d.content, ...(d.speaker ? [d.speaker, hull(d.speaker, d.cue)] : [])]);
  const kept: StatementDraft[] = [];
  const fallbacks = drafts.filter(isFallback).sort((a, b) => a.cue.start - b.cue.start);
  const ruleContents = drafts.filter((d) => !isFallback(d)).map((d) => d.content);
  for (const draft of fallbacks) {
    if (claimed.some((span) => overlaps(span, draft.cue))) continue;
    // A tagged draft on words a rule already reports restates that statement with a worse cue: 'told MPA in a *written message* that ...'.
    if (draft.rule.startsWith('learned-') && ruleContents.some((span) => overlaps(span, draft.content))) continue;
    if (kept.some((k) => k.content.start <= draft.cue.start && draft.cue.end <= k.content.end)) continue;
    kept.push(draft);
  }
  return [...drafts.filter((d) => !isFallback(d)), ...kept];
}
