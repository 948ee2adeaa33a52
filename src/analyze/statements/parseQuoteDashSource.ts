import type { AnalyzedDocument, Span } from '../types.js';
import { isCapitalized, isWord } from './nounPhraseToken.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

const dashes = new Set(['―', '—', '–', '-']);

/** Most words in the name after the dash: 'Maria de la Cruz Fernández'. */
const maxNameWords = 5;

/**
 * A quote signed with a dash and a name that ends the line, as readers'
 * comments, epigraphs and round-ups print it: '“He does not speak for
 * me.” ― Ana Rivera'. The name is capitalised words only, so a dash
 * inside running text ('“...” — and that was it') is no signature.
 */
export function parseQuoteDashSource(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const dash = tokens.findIndex((t, k) => k > 0 && dashes.has(t.text) && quotes.some((q) => q.end === tokens[k - 1].end));
  if (dash < 0) return [];
  const name = tokens.slice(dash + 1).filter((t) => t.text !== '.');
  if (name.length === 0 || name.length > maxNameWords || !name.every((t) => isWord(t) && isCapitalized(t))) return [];
  const quote = quotes.find((q) => q.end === tokens[dash - 1].end);
  if (!quote) return [];
  const content = contentSpan(text, quote.start, quote.end);
  if (!content) return [];
  return [{
    speaker: speakerRef(text, name[0].start, name.at(-1)!.end),
    cue: quoteSpan(text, tokens[dash].start, tokens[dash].end),
    content,
    kind: view.kind === 'title' ? 'headline' : 'direct',
    rule: 'quote-dash-speaker',
    sentence: view.index,
  }];
}
