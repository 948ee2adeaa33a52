import type { QuotedSpan, Span } from '../types.js';
import { hedgeCues } from './hedgeCues.js';
import { negationCues } from './negationCues.js';
import { quoteSpan, type StatementDraft } from './statementDraft.js';

const wordPattern = (sources: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sources.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
const hedgePattern = wordPattern(hedgeCues);
const negationPattern = wordPattern(negationCues);

/** 'in *May*', 'May 28': the month, not the modal. */
function isMonth(text: string, word: string, start: number): boolean {
  if (word !== 'May') return false;
  return /^\s+\d/.test(text.slice(start + 3, start + 8)) || /\b(?:in|of|late|early|mid|since|until|by|last|this|from|to|and|between|since)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
}

/** Matches inside the regions, in text order, never overlapping. */
function find(text: string, pattern: RegExp, regions: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (const region of regions) {
    for (const match of text.slice(region.start, region.end).matchAll(pattern)) {
      const start = region.start + match.index;
      if (isMonth(text, match[0], start)) continue;
      if (!found.some((f) => f.start < start + match[0].length && start < f.end)) found.push(quoteSpan(text, start, start + match[0].length));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Hedges and negations are looked for in the content, the cue, and the
 * words between them ('Russia says it's *highly likely*', 'the Pentagon
 * said at the time that it had *no* supporting information').
 */
export function markHedgesAndNegation(text: string, draft: StatementDraft): { hedges: QuotedSpan[]; negated: boolean; negation: QuotedSpan[] } {
  const { cue, content } = draft;
  const regions: Span[] = [content];
  if (cue.end <= content.start && content.start - cue.end < 200) regions.push({ start: cue.start, end: content.start });
  else if (content.end <= cue.start && cue.start - content.end < 200) regions.push({ start: content.end, end: cue.end });
  else regions.push(cue);
  // The auxiliary before the cue: 'the ministry *did not* confirm the toll', 'He *didn't* suggest retaliation'.
  const { speaker } = draft;
  if (speaker && speaker.end <= cue.start && cue.start - speaker.end <= 24) regions.push({ start: speaker.end, end: cue.start });
  const negation = find(text, negationPattern, regions);
  return { hedges: find(text, hedgePattern, regions), negated: negation.length > 0, negation };
}
