import type { Span, Token } from '../types.js';
import { skipAdjunctsLeft } from './adjunctsLeft.js';
import { dashEndingAt, openedAsideLeft, skipAsideLeft, skipDashAsideLeft, skipHometownLeft } from './asidesLeft.js';
import { isCapitalized, isNounPhraseToken, isPronoun, isWord, lower } from './nounPhraseToken.js';
import { looseSubject } from './looseSubject.js';
import { articles, determiners, nounPhraseEndingAt, opensClause, token0 } from './nounPhraseEndingAt.js';
import { skippedBeforeCue } from './speakerWords.js';

export interface SpeakerBefore extends Span {
  /** First token index of the phrase, so callers can look at what precedes it. */
  firstToken: number;
  /** The name in an apposition to a description: 'its spokesman, *Colonel Teodor Maslan*,'. */
  name?: Span;
}

/**
 * Whether tokens[from..to] is a name standing in apposition: every word
 * capitalised, at least two of them ('Colonel Teodor Maslan', 'Igor
 * Konashenkov'), so '53' and 'however' stay asides.
 */
function isNameRun(tokens: readonly Token[], from: number, to: number): boolean {
  const run = tokens.slice(from, to + 1);
  const words = run.filter(isWord);
  return words.length >= 2 && words.length <= 6 && run.every((t, n) => isNounPhraseToken(tokens, from + n) && (isCapitalized(t) || !isWord(t)));
}

/**
 * The speaker written before its verb, tokens[cue] being the verb:
 * 'Mr Basri said', 'Two US security sources told', 'the Pentagon said at the time'.
 * A description with a name in apposition keeps both, the name marked:
 * 'The ministry's spokesman, Igor Konashenkov, said'.
 */
export function speakerBefore(tokens: readonly Token[], cue: number, inTitle = false): SpeakerBefore | null {
  let last = skipAdjunctsLeft(tokens, cue - 1);
  let name: Span | undefined;
  // 'Kall -- co-editor of Debating The Donald, a book on the debates -- said': the aside between dashes describes the speaker before it.
  if (last >= 0 && dashEndingAt(tokens, last) >= 0) last = skipDashAsideLeft(tokens, dashEndingAt(tokens, last), inTitle);
  if (last >= 0 && tokens[last].text === ',') {
    const comma = last;
    // An aside opened after the subject may end in a place of its own: 'Trump, speaking at a rally in Wilmington, *N.C.*, warned'.
    const opened = openedAsideLeft(tokens, comma, inTitle);
    const home = opened < 0 ? skipHometownLeft(tokens, comma - 1) : comma - 1;
    if (home < comma - 1) last = home;
    else {
      last = opened >= 0 ? opened : skipAsideLeft(tokens, comma, inTitle);
      const describes = last >= 0 && isWord(tokens[last]) && !isCapitalized(tokens[last]);
      if (describes && isNameRun(tokens, last + 2, comma - 1)) name = { start: tokens[last + 2].start, end: tokens[comma - 1].end };
      if (last >= 0) last = skipHometownLeft(tokens, last);
    }
  }
  const contact = !inTitle ? withContactClause(tokens, last) : null;
  if (contact) return contact;
  const published = !inTitle ? withPublicationParticiple(tokens, last, cue) : null;
  if (published) return published;
  const phrase = nounPhraseEndingAt(tokens, last, inTitle);
  if (!phrase) return null;
  const firstToken = tokens.findIndex((t) => t.start === phrase.start);
  if (!name && !inTitle) {
    const whole = withPrepositionalHead(tokens, firstToken, last) ?? withRelativeClauseHead(tokens, firstToken, last, inTitle);
    if (whole) return whole;
  }
  if (!name && !inTitle) {
    const named = nameBeforeDescription(tokens, firstToken);
    if (named) return { start: named.start, end: phrase.end, firstToken: tokens.findIndex((t) => t.start === named.start), name: named };
  }
  return name ? { start: phrase.start, end: name.end, firstToken, name } : { ...phrase, firstToken };
}

/** Participles that say when or how a document came out: 'A report *released* last year found', 'a study *published* on Tuesday shows'. */
const publicationParticiples = new Set(['released', 'published', 'issued', 'conducted', 'commissioned', 'compiled', 'leaked', 'posted', 'filed', 'obtained', 'prepared', 'unveiled', 'presented', 'completed']);

/** Nouns of documents that find or show things: 'a *report* released last year found'. */
const documentNouns = new Set(['report', 'study', 'analysis', 'survey', 'poll', 'review', 'audit', 'investigation', 'memo', 'document', 'assessment', 'inquiry', 'paper', 'letter', 'statement']);

/**
 * A document's subject with a reduced relative after it, the verb's past
 * participle and perhaps a time: 'A Government Accountability Office report
 * *released last year* found that ...'. Read alone, the participle looked
 * like the verb of the clause and the cue after it lost its subject.
 */
function withPublicationParticiple(tokens: readonly Token[], last: number, cue: number): SpeakerBefore | null {
  if (last < 1 || !publicationParticiples.has(lower(tokens[last]))) return null;
  // A head that is also a cue word is no noun-phrase token: 'A report released', 'The 2019 study published'.
  const documentHead = documentNouns.has(lower(tokens[last - 1]));
  const before = documentHead ? (articles.has(lower(tokens[last - 2] ?? token0)) ? tokens[last - 2] : nounPhraseEndingAt(tokens, last - 2, false)) : null;
  const head = documentHead ? { start: before?.start ?? tokens[last - 1].start } : nounPhraseEndingAt(tokens, last - 1, false);
  if (!head || isPronoun(tokens[last - 1])) return null;
  const first = tokens.findIndex((t) => t.start === head.start);
  let end = cue - 1;
  while (end > last && skippedBeforeCue.has(lower(tokens[end]))) end--;
  return opensClause(tokens, first) ? { start: head.start, end: tokens[end].end, firstToken: first } : null;
}

/**
 * The name a description stands in apposition to, before it: '*John Dickey*, the chief executive of Ora
 * Media -- the company that ... -- told me' (the aside between dashes left the description next to the
 * verb). The name opens the clause; null when there is none.
 */
function nameBeforeDescription(tokens: readonly Token[], description: number): Span | null {
  if (description < 3 || tokens[description - 1].text !== ',' || !['the', 'a', 'an'].includes(lower(tokens[description]))) return null;
  let first = description - 2;
  while (first > 0 && description - 2 - first < 5 && isCapitalized(tokens[first - 1]) && isNounPhraseToken(tokens, first - 1)) first--;
  if (!isNameRun(tokens, first, description - 2) || !opensClause(tokens, first)) return null;
  return { start: tokens[first].start, end: tokens[description - 2].end };
}

/** Subject pronouns that open a relative clause with no 'who' or 'that': 'the experts *I* interviewed'. */
const contactSubjects = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
/** A preposition such a clause may end in: 'the voters we spoke *to*'. */
const strandedPrepositions = new Set(['to', 'with', 'in', 'for', 'about', 'from', 'at', 'on']);
/** A verb's past form, by its ending: 'interviewed', 'spoke', 'said', 'told', 'seen', 'got', 'met', 'knew', 'thought'. */
const pastForm = /(?:ed|ke|id|ld|en|ot|et|ew|ght)$/u;

/**
 * A subject whose relative clause has no 'who' or 'that', ending in the clause's verb or its preposition: 'all the
 * experts I interviewed said', 'the voters we spoke to say', 'officials he has consulted said'. The head must open
 * its clause: in 'he told the people they met that ...', 'the people they met' is no subject.
 */
function withContactClause(tokens: readonly Token[], last: number): SpeakerBefore | null {
  let k = last;
  if (k >= 0 && strandedPrepositions.has(lower(tokens[k]))) k--;
  if (k < 2 || !pastForm.test(lower(tokens[k])) || !isWord(tokens[k]) || isCapitalized(tokens[k])) return null;
  let j = k - 1;
  while (j > 0 && relativeAuxiliaries.has(lower(tokens[j]))) j--;
  if (!contactSubjects.has(lower(tokens[j]))) return null;
  const head = nounPhraseEndingAt(tokens, j - 1, false);
  if (!head || isPronoun(tokens[j - 1])) return null;
  const first = tokens.findIndex((t) => t.start === head.start);
  return opensClause(tokens, first) ? { start: head.start, end: tokens[last].end, firstToken: first } : null;
}

/** Words of a verb group inside a relative clause: 'who *have* seen', 'that *had not been* told'. */
const relativeAuxiliaries = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'not', 'never', 'also', 'personally', 'actually']);

/**
 * The phrase found may be only the object inside a relative clause of the
 * subject: 'Analysts who have seen *the documents* say', 'Nobody who has
 * seen *the site* believes'. The subject is the head before 'who' or 'that'
 * with its clause.
 */
function withRelativeClauseHead(tokens: readonly Token[], firstToken: number, last: number, inTitle: boolean): SpeakerBefore | null {
  let k = firstToken - 1;
  if (k < 1 || !isWord(tokens[k]) || isCapitalized(tokens[k])) return null;
  k--; // the verb of the relative clause ('seen')
  while (k > 0 && relativeAuxiliaries.has(lower(tokens[k]))) k--;
  if (k < 1 || !['who', 'that'].includes(lower(tokens[k]))) return null;
  const head = nounPhraseEndingAt(tokens, k - 1, inTitle);
  if (!head) return null;
  const first = tokens.findIndex((t) => t.start === head.start);
  return opensClause(tokens, first) ? { start: head.start, end: tokens[last].end, firstToken: first } : null;
}

/** Prepositions inside a subject, after its head: 'Opposition lawmakers *in* Telgrad', 'voters *across* the state'. */
const innerPrepositions = new Set(['in', 'at', 'from', 'for', 'with', 'on', 'across', 'around', 'inside', 'near', 'outside', 'within', 'about', 'behind', 'among', 'through', 'along', 'into', 'toward', 'towards', 'under', 'over', 'against', 'beside', 'throughout']);

/**
 * The phrase found may be only the object of a preposition inside the
 * subject: 'Opposition lawmakers in *Telgrad* said', 'many speakers at *the
 * service* said'. The subject is then the loose one from the clause start,
 * when that opens its clause and does not begin with a preposition itself
 * ('In Iowa Sanders said' keeps 'Iowa Sanders').
 */
function withPrepositionalHead(tokens: readonly Token[], firstToken: number, last: number): SpeakerBefore | null {
  if (firstToken < 1 || !innerPrepositions.has(lower(tokens[firstToken - 1]))) return null;
  const loose = looseSubject(tokens, last + 1);
  if (!loose) return null;
  const first = tokens.findIndex((t) => t.start === loose.start);
  if (first >= firstToken - 1 || innerPrepositions.has(lower(tokens[first])) || !opensClause(tokens, first)) return null;
  if (!isNounPhraseToken(tokens, first) && !determiners.has(lower(tokens[first]))) return null;
  return { start: loose.start, end: tokens[last].end, firstToken: first };
}
