import type { AnalyzedDocument, Span } from '../types.js';
import { labelNamesSpeaker } from './colonLabel.js';
import { cueWordCounts } from './cueWordCounts.js';
import { isCapitalized, isWord, lower } from './nounPhraseToken.js';
import { reportingVerbForms } from './reportingVerbs.js';
import type { SentenceView } from './sentenceView.js';
import { speakerAfter } from './speakerAfter.js';
import { bareSourceNouns } from './speakerWords.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

/** Words that label a headline or a passage rather than name a speaker: '*Exclusive*: ...', '*Watch*: ...'. */
export const headlineLabels: ReadonlySet<string> = new Set([
  'exclusive', 'update', 'updated', 'watch', 'video', 'videos', 'photos', 'photo', 'opinion', 'editorial', 'analysis',
  'breaking', 'breaking news', 'live', 'review', 'explainer', 'commentary', 'podcast', 'listen', 'read', 'timeline', 'factbox', 'quiz',
  'correction', 'note', 'editor', 'related', 'more', 'transcript', 'full', 'text', 'poll results', 'q', 'a', 'source',
  // 'The Latest: Sanders wins Minnesota', 'Wow: Glenn Beck Just Responded ...'
  'the latest', 'latest', 'wow', 'look', 'revealed', 'bombshell', 'busted', 'boom', 'shocking', 'report card',
]);

/** Lower-case words inside a name: 'Bank *of* America', 'Abu Bakr *al-Baghdadi*'. */
const joiners = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'bin', 'al', 'el', 'la', 'le', 'du', 'da']);

/** Tokens after which a speaker may open a colon line: a dash between a topic and the source ('Pollsters agree - *Carl Bialik*: “...”'), 'from'. */
const leadIns = new Set(['-', '–', '—', 'from']);

/** Words in a title between the speaker and the colon: 'Clinton *to Planned Parenthood*: ...', 'CNN President *On Trump*: ...'. */
const addressees = new Set(['to', 'on']);

/** Nouns for what a speaker said, after a possessive: "Lavrov's *note of caution*: \"...\"", "the ministry's *response*: \"...\"". */
const saidNouns = /^(?:note|word|words|comment|comments|response|reply|message|verdict|assessment|statement|warning|caution|view|take|answer|account)$/u;

/**
 * "Foreign Minister Sergei Lavrov's note of caution: \"So far ...\"": a
 * capitalised name with a possessive, then what was said, then the colon.
 * Returns the speaker's span without the possessive.
 */
function possessiveSpeaker(tokens: SentenceView['tokens'], from: number, colon: number): { start: number; end: number; cueStart: number } | null {
  const owner = tokens.slice(from, colon).findIndex((t) => /['’]s$/u.test(t.text)) + from;
  if (owner < from || !tokens.slice(from, owner + 1).every((t) => isCapitalized(t))) return null;
  const said = tokens.slice(owner + 1, colon).map(lower);
  const head = said.indexOf('of') >= 0 ? said.slice(0, said.indexOf('of')) : said;
  if (head.length < 1 || head.length > 3 || !saidNouns.test(head.at(-1)!) || said.length - head.length > 2) return null;
  return { start: tokens[from].start, end: tokens[owner].end - 2, cueStart: tokens[owner + 1].start };
}

/** Most words between the speaker and a headline colon. */
const maxAddressTokens = 5;

/**
 * A speaker and a colon before what they said, as headlines and quote
 * round-ups write it: 'Graham: Trump’s ‘Incredibly Hateful Rhetoric’
 * Destroying GOP’s Chance', 'Clinton to Planned Parenthood: Trump will
 * reverse Roe v. Wade', in the body only before an opening quote: 'Bush:
 * "The mission is to destroy ISIS"'. The speaker opens the line (or follows
 * a dash or 'from') and is named: a capitalised word past its first, or a
 * source noun ('Poll', 'the report'); labels ('Exclusive:') are not speakers.
 */
export function parseColonSource(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const inTitle = view.kind === 'title';
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1) return [];
  const start = [...tokens.slice(0, colon).keys()].reverse().find((k) => leadIns.has(lower(tokens[k]))) ?? -1;
  const possessive = inTitle ? null : possessiveSpeaker(tokens, start + 1, colon);
  if (possessive) {
    const quote = quotes.find((q) => q.start === tokens[colon + 1]?.start);
    const content = quote ? contentSpan(text, quote.start, quote.end) : null;
    if (!content || content.text.split(/\s+/).length < 3) return [];
    return [{ speaker: speakerRef(text, possessive.start, possessive.end), cue: quoteSpan(text, possessive.cueStart, tokens[colon].end), content, kind: 'direct', rule: 'possessive-colon-quote', sentence: view.index }];
  }
  const phrase = speakerAfter(tokens, start + 1);
  if (!phrase || phrase.next > colon) return [];
  const between = tokens.slice(phrase.next, colon);
  if (between.length > 0 && (!inTitle || between.length > maxAddressTokens || !addressees.has(lower(between[0])))) return [];
  const words = tokens.slice(start + 1, phrase.next).filter(isWord);
  const named = words.slice(1).some(isCapitalized) || (words.length === 1 && isCapitalized(words[0])) || bareSourceNouns.has(lower(words.at(-1) ?? tokens[0]));
  if (!named || headlineLabels.has(words.map(lower).join(' '))) return [];
  // 'Defence Ministry *revises* Halvek *assessment*: ...': a lower-case word in a name is a clause, unless the head is a source noun ('the report').
  const titleCase = words.every((w) => isCapitalized(w) || joiners.has(lower(w)));
  if (!titleCase && !bareSourceNouns.has(lower(words.at(-1) ?? tokens[0]))) return [];
  // 'Carly Fiorina *Endorses* Ted Cruz: ...', 'Continued Stone: ...': a title-case verb makes a clause, not a name.
  if (words.some((w) => reportingVerbForms.has(lower(w)) || lower(w) in cueWordCounts)) return [];
  const opening = tokens[colon + 1];
  if (!opening) return [];
  // 'Ottawa Shooting: Soldier Shot at ...', 'Jihadi John: Isis fighter named as ...': a headline's topic, not its speaker.
  if (inTitle && !labelNamesSpeaker(tokens.slice(start + 1, phrase.next), tokens.slice(colon + 1), text, doc.entities)) return [];
  const quote = quotes.find((q) => q.start === opening.start);
  if (!inTitle && !quote) return [];
  const content = contentSpan(text, opening.start, quote?.end ?? view.end);
  if (!content || content.text.split(/\s+/).length < 3) return [];
  return [{
    speaker: speakerRef(text, phrase.start, phrase.end),
    cue: quoteSpan(text, tokens[colon].start, tokens[colon].end),
    content,
    kind: inTitle ? 'headline' : 'direct',
    rule: 'speaker-colon-content',
    sentence: view.index,
  }];
}
