import type { AnalyzedDocument, Span } from '../types.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

/** Upper-case words that label a line rather than name a speaker: 'UPDATE: ...', 'EDITOR'S NOTE: ...'. */
const labels = new Set(['UPDATE', 'UPDATED', 'NOTE', 'WATCH', 'VIDEO', 'BREAKING', 'EXCLUSIVE', 'CORRECTION', 'EDITOR', 'EDITOR’S', "EDITOR'S", 'PHOTOS', 'READ', 'MORE', 'RELATED', 'LIVE', 'ANALYSIS', 'OPINION', 'WARNING', 'ALERT']);

/** Most words in a transcript speaker's name: 'SEN. TIM KAINE'. */
const maxNameWords = 3;

/**
 * A turn of an interview transcript: a line that opens with the speaker's
 * name in capitals and a colon, often inside the quote that carries the
 * whole exchange: '“WALLACE: Let’s start with the news.', 'PENCE: Well,
 * look, ...'. The content runs to the end of that quote, or else of the
 * sentence.
 */
export function parseTranscriptTurn(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  if (view.kind === 'title' || view.start !== doc.paragraphs[view.paragraph]?.start) return [];
  const first = /^["“]$/.test(tokens[0]?.text ?? '') ? 1 : 0;
  const colon = tokens.findIndex((t, k) => k > first && t.text === ':');
  const name = tokens.slice(first, colon);
  if (colon < 0 || name.length > maxNameWords + 1 || name.length === 0) return [];
  const upper = name.filter((t) => t.text !== '.');
  if (upper.length > maxNameWords || !upper.every((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text)) || upper.some((t) => labels.has(t.text))) return [];
  const opening = tokens[colon + 1];
  if (!opening) return [];
  const quote = first === 1 ? quotes.find((q) => q.start === tokens[0].start) : undefined;
  const content = contentSpan(text, opening.start, quote?.end ?? view.end);
  if (!content || content.text.split(/\s+/).length < 3) return [];
  return [{
    speaker: speakerRef(text, name[0].start, name.at(-1)!.end),
    cue: quoteSpan(text, tokens[colon].start, tokens[colon].end),
    content,
    kind: 'direct',
    rule: 'transcript-turn',
    sentence: view.index,
  }];
}
