import type { QuotedSpan, Span, SpeakerRef, StatementKind } from '../types.js';

/** A statement before numbering, hedges and negation are added by the refiners. */
export interface StatementDraft {
  speaker: SpeakerRef | null;
  cue: QuotedSpan;
  content: QuotedSpan;
  kind: StatementKind;
  rule: string;
  sentence: number;
  /**
   * The name inside a described speaker, which the canonical comes from:
   * 'its spokesman, *Colonel Teodor Maslan*,'.
   */
  speakerName?: Span;
}

export function quoteSpan(text: string, start: number, end: number): QuotedSpan {
  return { text: text.slice(start, end), start, end };
}

export function speakerRef(text: string, start: number, end: number, canonical?: string): SpeakerRef {
  const span = quoteSpan(text, start, end);
  return { ...span, canonical: canonical ?? span.text };
}

const openingQuote = /^["“„]/;
const closingQuote = /["”]$/;

/**
 * The reported words without their frame: no surrounding white space, no
 * leading 'that' or colon, no quote marks, no sentence-final period or
 * comma outside a quote ('“alive and hiding,”' -> 'alive and hiding').
 * Null when nothing is left.
 */
export function contentSpan(text: string, start: number, end: number): QuotedSpan | null {
  const trim = (): void => {
    while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
    while (end > start && /[\s,:;.—–-]/.test(text[end - 1])) end--;
  };
  trim();
  if (/^that\s/.test(text.slice(start, start + 5))) start += 4;
  trim();
  if (openingQuote.test(text[start] ?? '')) start++;
  if (closingQuote.test(text[end - 1] ?? '')) end--;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return end > start ? quoteSpan(text, start, end) : null;
}

/** The speaker of the last cue of a sentence that ends before `before`, with the name inside it. */
export function earlierCueSpeaker(drafts: readonly StatementDraft[], sentence: number, before: number): Pick<StatementDraft, 'speaker' | 'speakerName'> | null {
  for (let k = drafts.length - 1; k >= 0; k -= 1) {
    const draft = drafts[k];
    if (draft.sentence !== sentence) break;
    if (draft.cue.end <= before && draft.speaker) return draft;
  }
  return null;
}
