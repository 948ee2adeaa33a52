import type { QuotedSpan, Span } from '../types.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan } from './statementDraft.js';

export interface ContentBefore {
  content: QuotedSpan;
  direct: boolean;
}

/**
 * The reported words written before the speaker and cue, which begin at
 * `position`: the quote closing right there ('“... hiding,” said X'), which
 * may have opened sentences earlier, or else the sentence up to the comma
 * ('One of Baghdadi's aides may have been killed ..., the colonel said').
 * A headline needs no comma ('... by Russian air strike sources say').
 */
export function contentBefore(text: string, view: SentenceView, position: number, quotes: readonly Span[], paragraphStart = view.start): ContentBefore | null {
  // Only commas and spaces between, within the cue's paragraph: a quote that ends one paragraph is not the
  // content of 'Other cautions, from Reuters: ...' or 'President Obama responded to ...' opening the next.
  const quote = quotes.find((q) => q.end <= position && q.end > paragraphStart && q.start < position && /^[\s,]*$/.test(text.slice(q.end, position)));
  if (quote) {
    const content = contentSpan(text, quote.start, quote.end);
    return content ? { content, direct: true } : null;
  }
  // A cue inside a quote reports words inside it: in 'Brinkley recalled, "Out of nowhere, *he said*, ...' the
  // content is 'Out of nowhere', not the sentence from its start.
  const within = quotes.find((q) => q.start < position && position < q.end && q.start > view.start);
  const from = within ? within.start + 1 : view.start;
  const before = text.slice(from, position).trimEnd();
  const closesWithComma = /[,—–]["”]?$/.test(before) || /[,—–]$/.test(before);
  if (!closesWithComma && view.kind !== 'title') return null;
  const content = contentSpan(text, from, from + before.length);
  if (!content || content.text.split(/\s+/).length < 3) return null;
  const quoted = quotes.some((q) => q.start <= content.start && q.end >= content.end);
  return { content, direct: quoted };
}
