import type { AnalyzedDocument, Span } from '../types.js';
import { skipAdjunctsRight } from './contentAfterCue.js';
import { lower } from './nounPhraseToken.js';
import { reportingVerbForms } from './reportingVerbs.js';
import type { SentenceView } from './sentenceView.js';
import { speakerAfter } from './speakerAfter.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

/** Words between the speaker and the verb of an 'as' clause: 'as the minister *has* said', 'as Dren *once* put it'. */
const beforeVerb = new Set(['has', 'have', 'had', 'once', 'later', 'also', 'recently', 'famously', 'then', 'first', 'rightly', 'memorably']);
/** What opens the clause an 'as' clause stands beside: the sentence's start, a comma or a dash. */
const opensAside = (text: string | undefined): boolean => text === undefined || /^(?:,|--|—|–|["”])$/u.test(text);

/**
 * 'CONTENT, as SPEAKER said' and 'As SPEAKER put it, CONTENT': the clause
 * beside an 'as' clause whose verb reports and takes nothing after it but a
 * time or a setting ('The count was fair, *as the minister said on
 * Friday*'; '*As Ms. Simonyan put it in a statement*, RT is providing a
 * perspective ...'). Not 'as he said he would' (the verb has a clause of
 * its own), 'such as' or 'as well as' (no speaker and verb follow), nor
 * inside a quote.
 */
export function parseAsCue(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const drafts: StatementDraft[] = [];
  tokens.forEach((token, i) => {
    // A quote may close after its comma: '... a "lawful source of investment income," *as* a memo put it'.
    if (lower(token) !== 'as' || !opensAside(tokens[i - 1]?.text) || (/^["”]$/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text !== ',')) return;
    // Inside a quote the clause is the quoted speaker's own: '"... to publish its strike video, *as it has promised*, and ..."'.
    if (quotes.some((q) => q.start < token.start && token.end < q.end)) return;
    const phrase = speakerAfter(tokens, i + 1);
    if (!phrase) return;
    let k = phrase.next;
    while (k < tokens.length && beforeVerb.has(lower(tokens[k]))) k++;
    const verb = tokens[k];
    if (!verb) return;
    const putIt = lower(verb) === 'put' && lower(tokens[k + 1] ?? verb) === 'it';
    const form = reportingVerbForms.get(lower(verb));
    if (!putIt && (!form || form.participle)) return;
    const cueEnd = putIt ? k + 2 : k + 1;
    const after = skipAdjunctsRight(tokens, cueEnd);
    const closes = after >= tokens.length || /^[,.!?;…]$/u.test(tokens[after].text);
    if (!closes) return;
    // Opening the sentence, it reports the clause after its comma; else the clause before it.
    const content = i === 0
      ? tokens[after]?.text === ',' && after + 1 < tokens.length ? contentSpan(text, tokens[after + 1].start, view.end) : null
      : contentSpan(text, view.start, /^["”]$/u.test(tokens[i - 1].text) ? tokens[i - 1].end : tokens[i - 1].start);
    if (!content || content.text.split(/\s+/u).length < 3) return;
    drafts.push({
      speaker: speakerRef(text, phrase.start, phrase.end),
      cue: quoteSpan(text, verb.start, tokens[cueEnd - 1].end),
      content,
      kind: /^["“]/u.test(content.text) ? 'direct' : 'indirect',
      rule: i === 0 ? 'as-speaker-cue-content' : 'content-as-speaker-cue',
      sentence: view.index,
    });
  });
  return drafts;
}
