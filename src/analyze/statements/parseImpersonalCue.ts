import type { AnalyzedDocument } from '../types.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan, quoteSpan, type StatementDraft } from './statementDraft.js';

/**
 * A passive reporting verb names no speaker: 'who *is believed* to be a
 * veteran foreign fighter', 'civilians *are also believed* to be inside',
 * 'it *was reported* that'. The verb must open an infinitive or a
 * that-clause, so 'he was reported missing' is left alone.
 */
const impersonalCue = /\b(?:is|are|was|were|been|be|being)\s+(?:(?:widely|also|now|not|still|generally|largely|officially|previously|initially)\s+)*(?:believed|thought|said|reported|expected|alleged|rumou?red|understood|estimated|feared|suspected|claimed|considered)(?=\s+(?:to|that)\b)/gi;

export function parseImpersonalCue(doc: AnalyzedDocument, view: SentenceView): StatementDraft[] {
  const sentence = doc.text.slice(view.start, view.end);
  const drafts: StatementDraft[] = [];
  for (const match of sentence.matchAll(impersonalCue)) {
    const start = view.start + match.index;
    const end = start + match[0].length;
    const content = contentSpan(doc.text, end, view.end);
    if (!content || content.text.split(/\s+/).length < 2) continue;
    drafts.push({
      speaker: null,
      cue: quoteSpan(doc.text, start, end),
      content,
      kind: view.kind === 'title' ? 'headline' : 'indirect',
      rule: 'impersonal-passive',
      sentence: view.index,
    });
  }
  return drafts;
}
