import type { Span } from '../types.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan, type StatementDraft } from './statementDraft.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * A quote that opens a sentence and has no cue of its own belongs to the
 * speaker of the statement just before it in the same paragraph, or at
 * the end of the previous paragraph: '“I saw him with my own eyes,” Jumah
 * Hamdi Hamdan, 53, told the Guardian. “He was in Keshma and ...”'.
 */
export function continueQuotes(text: string, drafts: StatementDraft[], quotes: readonly Span[], views: readonly SentenceView[]): StatementDraft[] {
  const added: StatementDraft[] = [];
  for (const quote of quotes) {
    const claimed = [...drafts, ...added].some((d) => overlaps(d.content, quote) || overlaps(d.cue, quote) || (d.speaker && overlaps(d.speaker, quote)));
    if (claimed) continue;
    const view = views.find((v) => v.start === quote.start);
    if (!view) continue;
    const previous = [...drafts, ...added]
      .filter((d) => d.speaker && d.content.end <= quote.start && d.cue.end <= quote.start)
      .sort((a, b) => b.cue.end - a.cue.end)[0];
    if (!previous) continue;
    const previousView = views[previous.sentence];
    const sameParagraph = previousView.paragraph === view.paragraph;
    const lastOfPreviousParagraph = previousView.paragraph === view.paragraph - 1 && !views.some((v) => v.paragraph === previousView.paragraph && v.start > previous.cue.end && !overlaps(v, previous.content));
    if (!sameParagraph && !lastOfPreviousParagraph) continue;
    const between = drafts.some((d) => d.cue.start > previous.cue.end && d.cue.start < quote.start);
    const content = contentSpan(text, quote.start, quote.end);
    if (between || !content) continue;
    added.push({ ...previous, content, kind: 'direct', rule: 'quote-continuation', sentence: view.index });
  }
  return [...drafts, ...added];
}
