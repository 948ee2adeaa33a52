import type { AnalyzedDocument } from '../types.js';
import { accordingToCues } from './accordingToCues.js';
import { lower } from './nounPhraseToken.js';
import type { SentenceView } from './sentenceView.js';
import { speakerAfter } from './speakerAfter.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

/**
 * 'CONTENT, according to SOURCE' and 'According to SOURCE, CONTENT'. The
 * content is the side of the sentence with more than two words, the left
 * one first: '..., according to new reports.'
 */
export function parseAccordingTo(doc: AnalyzedDocument, view: SentenceView): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const drafts: StatementDraft[] = [];
  tokens.forEach((token, i) => {
    const cueWords = accordingToCues.find((words) => words.every((word, n) => tokens[i + n] && lower(tokens[i + n]) === word));
    if (!cueWords) return;
    const last = tokens[i + cueWords.length - 1];
    const phrase = speakerAfter(tokens, i + cueWords.length);
    if (!phrase) return;
    const left = contentSpan(text, view.start, token.start);
    const right = phrase.next < tokens.length ? contentSpan(text, tokens[phrase.next].start, view.end) : null;
    const leftWords = left ? left.text.split(/\s+/).length : 0;
    const content = leftWords > 2 ? left : right;
    if (!content || content.text.split(/\s+/).length < 2) return;
    drafts.push({
      speaker: speakerRef(text, phrase.start, phrase.end),
      cue: quoteSpan(text, token.start, last.end),
      content,
      kind: 'according-to',
      rule: content === left ? 'content-according-to' : 'according-to-content',
      sentence: view.index,
    });
  });
  return drafts;
}
