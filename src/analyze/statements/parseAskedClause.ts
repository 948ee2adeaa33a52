import type { AnalyzedDocument, Span } from '../types.js';
import { skipAdjunctsRight } from './contentAfterCue.js';
import { isWord, lower } from './nounPhraseToken.js';
import { reportingVerbForms } from './reportingVerbs.js';
import type { SentenceView } from './sentenceView.js';
import { speakerBefore } from './speakerBefore.js';
import { contentSpan, quoteSpan, type StatementDraft } from './statementDraft.js';

/** Words that open the question an 'asked' clause reports: 'Asked *whether* ...', 'when asked *about* ...'. */
const questionWords = new Set(['whether', 'if', 'what', 'who', 'whom', 'whose', 'why', 'how', 'which', 'where', 'when', 'about']);

/** Words an adverbial 'asked' clause follows: '*When* asked whether ...', '*After* being asked ...'. */
const clauseOpeners = new Set(['when', 'after', 'once', 'if', 'as', 'being']);

/** Most tokens of an adjunct between 'asked' and the question: 'Asked *on Fox News* who leads the party'. */
const maxAdjunctTokens = 5;
const adjunctOpeners = new Set(['on', 'in', 'at', 'during', 'by', 'later', 'again', 'repeatedly', 'directly']);

/**
 * A question put to someone in an adverbial clause, which PolNeAR counts as
 * an attribution with no source of its own: 'Asked if he was ever bullied,
 * the Republican presidential candidate said no', '"You bet I would,"
 * Christie said when asked whether he would issue a quarantine'. The
 * question runs to the comma before the main clause's subject, or else to
 * the first comma or the sentence end.
 */
export function parseAskedClause(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const drafts: StatementDraft[] = [];
  tokens.forEach((token, i) => {
    if (lower(token) !== 'asked') return;
    const before = tokens[i - 1];
    if (before && !clauseOpeners.has(lower(before)) && before.text !== ',') return;
    if (before?.text === ',' && i > 1 && !/^["”]$/.test(tokens[i - 2].text)) return;
    let k = skipAdjunctsRight(tokens, i + 1);
    if (tokens[k] && adjunctOpeners.has(lower(tokens[k]))) {
      const question = tokens.slice(k + 1, k + 1 + maxAdjunctTokens).findIndex((t) => questionWords.has(lower(t)));
      if (question >= 0 && tokens.slice(k, k + 1 + question).every(isWord)) k += question + 1;
    }
    if (!tokens[k] || !questionWords.has(lower(tokens[k]))) return;
    const inQuote = (t: Span): boolean => quotes.some((q) => q.start < t.start && t.end <= q.end);
    let end = k + 1;
    while (end < tokens.length && !(tokens[end].text === ',' && !inQuote(tokens[end]))) end++;
    // 'Asked whether the group's leader*, Vasko Dren,* had been there, Maslan said ...': the question runs to the main clause's subject.
    const verb = tokens.findIndex((t, j) => j > k && reportingVerbForms.has(lower(t)) && !inQuote(t));
    const subject = verb > 0 ? speakerBefore(tokens, verb) : null;
    if (subject && subject.firstToken - 1 > end && tokens[subject.firstToken - 1].text === ',') end = subject.firstToken - 1;
    const content = contentSpan(text, tokens[k].start, tokens[end - 1].end);
    if (!content || content.text.split(/\s+/).length < 3) return;
    drafts.push({
      speaker: null,
      cue: quoteSpan(text, token.start, token.end),
      content,
      kind: view.kind === 'title' ? 'headline' : 'indirect',
      rule: 'asked-question',
      sentence: view.index,
    });
  });
  return drafts;
}
