import { tokensOf } from '../segment/tokenize.js';
import type { AnalyzedDocument, QuotedSpan, Statement } from '../types.js';

/**
 * Two apostrophes standing for a double quote, as archives and wire copy
 * typed them: '*''*Good economic news ... policies,*''* said Geoff Garin'.
 * Opening ones touch the word after them, closing ones the word or comma
 * before them.
 */
const typewriterQuote = /''/g;

/**
 * The document with each typewriter quote written as a double quote and a
 * space, of the same length, so every offset still indexes the original:
 * '''Good' reads ' "Good', 'policies,''' reads 'policies," '. The parsers
 * then see the quote marks they know; tokens are made anew for the
 * changed text. Returns the document itself when it has none.
 */
export function withTypewriterQuotes(doc: AnalyzedDocument): AnalyzedDocument {
  if (!doc.text.includes("''")) return doc;
  const text = doc.text.replace(typewriterQuote, (_, offset: number) => (/[\p{L}\p{N}$£€]/u.test(doc.text[offset + 2] ?? '') ? ' "' : '" '));
  return { ...doc, text, tokens: tokensOf(text) };
}

const again = (text: string, span: QuotedSpan): QuotedSpan => ({ ...span, text: text.slice(span.start, span.end) });

/** Statements found on the rewritten document, their quoted text taken from the original again. */
export function inOriginalText(text: string, statements: Statement[]): Statement[] {
  return statements.map((s) => ({
    ...s,
    speaker: s.speaker && { ...again(text, s.speaker), canonical: s.speaker.canonical === s.speaker.text ? text.slice(s.speaker.start, s.speaker.end) : s.speaker.canonical },
    cue: again(text, s.cue),
    content: again(text, s.content),
    hedges: s.hedges.map((h) => again(text, h)),
    negation: s.negation.map((n) => again(text, n)),
  }));
}
