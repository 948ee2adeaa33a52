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

/** A headline drops the 'is': 'Tesla *Said to* Select Nevada', 'Amazon's first store *said to* open in Manhattan'. */
const headlineImpersonalCue = /(?<=\p{L}\s+)(?:said|reported|believed|thought|rumou?red|alleged)(?=\s+to\s+\p{L})/giu;

export function parseImpersonalCue(doc: AnalyzedDocument, view: SentenceView): StatementDraft[] {
  const sentence = doc.text.slice(view.start, view.end);
  const drafts: StatementDraft[] = [];
  const full = [...sentence.matchAll(impersonalCue)];
  const inFull = (at: number) => full.some((m) => m.index <= at && at < m.index + m[0].length);
  const dropped = view.kind === 'title' ? [...sentence.matchAll(headlineImpersonalCue)].filter((m) => !inFull(m.index)) : [];
  const matches = [...full, ...dropped];
  for (const match of matches) {
    const start = view.start + match.index;
    const end = start + match[0].length;
    // A semicolon joins a clause of its own: 'Dren was not believed to have been there*;* the intelligence chief's account places him inside'.
    const semicolon = sentence.indexOf(';', match.index + match[0].length);
    const content = contentSpan(doc.text, end, semicolon >= 0 ? view.start + semicolon : view.end);
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
