import { spanIndex } from '../spans/spanIndex.js';
import type { Span } from '../types.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan, type StatementDraft } from './statementDraft.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Where a draft is wholly behind a quote that may continue it. */
const behindAt = (d: StatementDraft): number => Math.max(d.content.end, d.cue.end);

/**
 * The drafts with a speaker wholly before an offset, offsets asked in text
 * order: the one whose cue ends latest (the first given, on a tie). Drafts
 * join as the offset passes them, so the whole walk is n log n, not a
 * filter and sort of every draft for every quote.
 */
class LatestSpokenBefore {
  private readonly given: { draft: StatementDraft; order: number }[];
  /** Continuations, each behind the quote it continues, so already in the order they join in. */
  private readonly added: { draft: StatementDraft; order: number }[] = [];
  private nextGiven = 0;
  private nextAdded = 0;
  private best: { draft: StatementDraft; order: number } | undefined;

  constructor(drafts: readonly StatementDraft[]) {
    this.given = drafts.flatMap((draft, order) => (draft.speaker ? [{ draft, order }] : [])).sort((a, b) => behindAt(a.draft) - behindAt(b.draft));
  }

  add(draft: StatementDraft, order: number): void {
    this.added.push({ draft, order });
  }

  before(offset: number): StatementDraft | undefined {
    while (this.nextGiven < this.given.length && behindAt(this.given[this.nextGiven].draft) <= offset) this.consider(this.given[this.nextGiven++]);
    while (this.nextAdded < this.added.length && behindAt(this.added[this.nextAdded].draft) <= offset) this.consider(this.added[this.nextAdded++]);
    return this.best?.draft;
  }

  private consider(candidate: { draft: StatementDraft; order: number }): void {
    const best = this.best;
    if (!best || candidate.draft.cue.end > best.draft.cue.end || (candidate.draft.cue.end === best.draft.cue.end && candidate.order < best.order)) this.best = candidate;
  }
}

/**
 * A quote that opens a sentence and has no cue of its own belongs to the
 * speaker of the statement just before it in the same paragraph, or at
 * the end of the previous paragraph: '“I saw him with my own eyes,” Jumah
 * Hamdi Hamdan, 53, told the Guardian. “He was in Keshma and ...”'.
 * Quotes come in text order and do not overlap, which the indexes below
 * rely on: what a continuation adds lies before every later quote.
 */
export function continueQuotes(text: string, drafts: StatementDraft[], quotes: readonly Span[], views: readonly SentenceView[]): StatementDraft[] {
  const added: StatementDraft[] = [];
  const claimedSpans = spanIndex(drafts.flatMap((d) => [d.content, d.cue, ...(d.speaker ? [d.speaker] : [])]));
  let addedReach = -Infinity;
  const viewStarting = new Map<number, SentenceView>();
  for (const view of views) if (!viewStarting.has(view.start)) viewStarting.set(view.start, view);
  const viewsOfParagraph = new Map<number, SentenceView[]>();
  for (const view of views) {
    const ofParagraph = viewsOfParagraph.get(view.paragraph);
    if (ofParagraph) ofParagraph.push(view);
    else viewsOfParagraph.set(view.paragraph, [view]);
  }
  const cueStarts = drafts.map((d) => d.cue.start).sort((a, b) => a - b);
  const latest = new LatestSpokenBefore(drafts);
  for (const quote of quotes) {
    const claimed = claimedSpans.overlaps(quote.start, quote.end) || addedReach > quote.start;
    if (claimed) continue;
    const view = viewStarting.get(quote.start);
    if (!view) continue;
    const previous = latest.before(quote.start);
    if (!previous) continue;
    const previousView = views[previous.sentence];
    const sameParagraph = previousView.paragraph === view.paragraph;
    const lastOfPreviousParagraph =
      previousView.paragraph === view.paragraph - 1 &&
      !(viewsOfParagraph.get(previousView.paragraph) ?? []).some((v) => v.start > previous.cue.end && !overlaps(v, previous.content));
    if (!sameParagraph && !lastOfPreviousParagraph) continue;
    const between = firstAfter(cueStarts, previous.cue.end) < quote.start;
    const content = contentSpan(text, quote.start, quote.end);
    if (between || !content) continue;
    const continuation: StatementDraft = { ...previous, content, kind: 'direct', rule: 'quote-continuation', sentence: view.index };
    added.push(continuation);
    latest.add(continuation, drafts.length + added.length - 1);
    // Its cue and speaker are an earlier draft's, already in claimedSpans; its content lies before every later quote.
    addedReach = Math.max(addedReach, content.end);
  }
  return [...drafts, ...added];
}

/** The first of these sorted offsets greater than `offset`, or Infinity. */
function firstAfter(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : Infinity;
}
