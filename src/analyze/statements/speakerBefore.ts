import type { Span, Token } from '../types.js';
import { isCapitalized, isNounPhraseToken, isPronoun, isTimeToken, isWord, lower } from './nounPhraseToken.js';
import { looseSubject } from './looseSubject.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { nounPhraseExceptions, skippedBeforeCue, timeLeadWords } from './speakerWords.js';

/** Longest speaker phrase looked at; longer runs are clauses, not names. */
const maxPhraseTokens = 12;

const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many']);

/** A phrase cannot end in these, so 'the *claim* made by the Russians' is a noun, not a cue. */
const articles = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Prepositions that join a person to their organisation: 'A colonel *with* the Iraqi national security service'. */
const affiliations = new Set(['with', 'from', 'at', 'for']);

const token0: Token = { text: '', start: 0, end: 0 };

/** Prepositions after which 'it' is an object: 'the man *in* it'. */
const objectPrepositions = new Set(['in', 'of', 'with', 'from', 'at', 'on', 'for', 'about', 'behind']);

/** Tokens that may stand right before a subject: start of sentence, comma, quote, 'that'. */
const subjectOpeners = new Set([',', '“', '"', '”', 'that', ':', '(', '—', '–', ';']);

/** Words of a duration that may open a clause before its subject: '*For three months* the ministry told us'. */
const durationWords = new Set(['days', 'weeks', 'months', 'years', 'hours', 'decades', 'day']);
/** Time words that also modify a noun: 'The *later* image', '*Time* magazine'. */
const relativeTimeWords = new Set(['time', 'later', 'earlier', 'recently', 'previously']);
const countWord = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)$/;

/**
 * First token of the subject past a time adverbial that opens the clause,
 * which the capitalised day or month otherwise glues to it: '[On] *Tuesday*
 * its spokesman', '[In] *late March* the ministry', '*Thursday* The Frontier
 * Dispatch', '[For] *three months* the ministry'. 'Time' is left alone ('Time magazine').
 */
function pastLeadingTime(tokens: readonly Token[], first: number, index: number): number {
  let after = first;
  for (let k = first; k < index; k++) {
    const word = lower(tokens[k]);
    if ((isTimeToken(tokens, k) && !relativeTimeWords.has(word)) || durationWords.has(word)) after = k + 1;
    else if (!timeLeadWords.has(word) && !countWord.test(word)) break;
  }
  return tokens.slice(after, index + 1).some(isWord) ? after : first;
}

/** A lower-case adverb in -ly between a subject and its verb: 'could not *independently* confirm' (not 'the *family*'). */
const isMannerAdverb = (token: Token): boolean => /^\p{Ll}{3,}ly$/u.test(token.text) && !nounPhraseExceptions.has(token.text) && token.text !== 'only';

/** Words of 'for the first time', 'for a second time', before the word 'time'. */
const occasionWords = new Set(['for', 'first', 'second', 'third', 'last', 'only']);

/** Nouns of the occasion a speaker spoke on, in a phrase between the speaker and the verb: 'Stumpf in a televised *interview* appeared to blame'. */
const occasionNouns = new Set(['interview', 'statement', 'speech', 'letter', 'tweet', 'post', 'briefing', 'conference', 'email', 'memo', 'appearance', 'address', 'op-ed', 'podcast', 'broadcast', 'testimony', 'remarks', 'call']);
const occasionPrepositions = new Set(['in', 'during', 'at']);
const occasionDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that']);

/**
 * The index before a phrase of occasion that ends at `index`, or `index`:
 * 'Stumpf *in a televised interview* appeared to blame', 'Trump *in an
 * interview with CNN* said', 'The ministry *in a statement* said'. The
 * phrase is a preposition, a determiner, at most two modifiers and an
 * occasion noun, then perhaps 'with' or 'to' and a capitalised name.
 */
function pastOccasion(tokens: readonly Token[], index: number): number {
  let noun = index;
  // 'in an interview *with CNN*', 'in a letter *to Congress*'.
  for (let k = index; k >= 0 && index - k < 4 && isCapitalized(tokens[k]); k--) {
    if (k > 0 && ['with', 'to'].includes(lower(tokens[k - 1]))) noun = k - 2;
  }
  if (noun < 2 || !occasionNouns.has(lower(tokens[noun]))) return index;
  for (let d = noun - 1; d >= 1 && noun - d <= 3; d--) {
    if (!occasionDeterminers.has(lower(tokens[d]))) continue;
    return occasionPrepositions.has(lower(tokens[d - 1])) && d >= 2 && isWord(tokens[d - 2]) ? d - 2 : index;
  }
  return index;
}

/** Adverbials of two words between a subject and its verb: 'critics have *in particular* noted'. */
const twoWordAdverbials = new Set(['in particular', 'in turn', 'at first', 'at least', 'for example', 'for instance', 'of course', 'in fact', 'at times', 'in part']);
const floatingQuantifiers = new Set(['both', 'all', 'each']);
const pluralAuxiliaries = new Set(['have', 'had', 'are', 'were', 'will', 'would', 'they', 'we', 'you']);

/** Whether tokens[k] ends a plural subject or is an auxiliary: 'have', 'they', 'Trump and Sanders', 'officials'. */
function floatsAfter(tokens: readonly Token[], k: number): boolean {
  if (pluralAuxiliaries.has(lower(tokens[k]))) return true;
  const phrase = nounPhraseEndingAt(tokens, k, false);
  if (!phrase) return false;
  const words = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end).map(lower);
  return words.includes('and') || /[^s]s$/u.test(words.at(-1) ?? '');
}

/** Index of the last token of the subject, past adverbs and time adjuncts: 'the Russian military [on Friday] claimed'. */
export function skipAdjunctsLeft(tokens: readonly Token[], index: number): number {
  let j = index;
  while (j >= 0) {
    // 'He did not suggest', and written short: 'He *didn't* suggest'.
    // An adverb of manner too: 'Korvath Today could not *independently* confirm'.
    if (skippedBeforeCue.has(lower(tokens[j])) || /^\p{Ll}+n['’]t$/u.test(tokens[j].text) || isMannerAdverb(tokens[j])) j--;
    else if (j > 0 && twoWordAdverbials.has(`${lower(tokens[j - 1])} ${lower(tokens[j])}`)) j -= 2;
    // A quantifier after a plural subject or an auxiliary floats: 'Trump and Sanders have *both* argued', 'They *all* said';
    // not 'Both said', nor 'DuVernay *both* documents the boom ... and the profits', where it pairs what follows.
    else if (j > 0 && floatingQuantifiers.has(lower(tokens[j])) && floatsAfter(tokens, j - 1)) j--;
    else if (isTimeToken(tokens, j)) {
      j--;
      // 'Kasteria *for the first time* acknowledged', 'the ministry *on Friday* said'.
      while (j >= 0 && (timeLeadWords.has(lower(tokens[j])) || isTimeToken(tokens, j) || occasionWords.has(lower(tokens[j])))) j--;
    } else if (pastOccasion(tokens, j) !== j) j = pastOccasion(tokens, j);
    else break;
  }
  return j;
}

/** Longest aside looked across; the nearest comma within `shortAside` tokens needs no further check. */
const maxAsideTokens = 40;
const shortAside = 14;

/** Conjunctions a sentence may open with, before its subject. */
const sentenceConjunctions = new Set(['and', 'but', 'yet', 'so', 'or']);

/** Whether a subject starting at tokens[first] opens its clause: sentence start, after a comma, quote or 'that', or after a time word ('On Tuesday its spokesman'). */
function opensClause(tokens: readonly Token[], first: number): boolean {
  // 'And the Lessarian services, who were wrong about Halvek in March ..., are now saying': a conjunction opening the sentence.
  const openingConjunction = first === 1 && sentenceConjunctions.has(lower(tokens[0]));
  return first <= 0 || openingConjunction || subjectOpeners.has(lower(tokens[first - 1])) || isTimeToken(tokens, first - 1);
}

/** Words that open an aside after a subject and its comma: a relative pronoun, a preposition of time or occasion. */
const asideOpeners = new Set(['who', 'whose', 'which', 'during', 'including', 'despite']);

/**
 * An aside that holds commas of its own, opened by a relative pronoun, a
 * participle or 'during' right after the subject's comma: 'Marco Rubio*,
 * whose hometown, Miami, is projected to be largely underwater ...,* argues',
 * 'Sen. Chuck Grassley*, facing a spirited challenge in Iowa, a swing
 * state,* said', 'Clinton*, during a town hall meeting in Columbus, Ohio,*
 * said'. The nearest comma had made the speaker 'Miami', 'Iowa',
 * 'Columbus'. The farthest such opening whose subject opens its clause is
 * taken; returns the index of the token before it, or -1.
 */
function openedAsideLeft(tokens: readonly Token[], comma: number, inTitle: boolean): number {
  let found = -1;
  for (let p = comma - 1; p > 0 && comma - p <= maxAsideTokens; p--) {
    if (/^["“”;]$/.test(tokens[p].text)) break;
    const next = tokens[p + 1];
    if (tokens[p].text !== ',' || !next || !(asideOpeners.has(lower(next)) || /^\p{Ll}{3,}ing$/u.test(next.text))) continue;
    // 'Bruce Turry, *who,* like several other former fraternity brothers, remembered': the verb is the relative clause's own.
    if (tokens[p + 2]?.text === ',') continue;
    const phrase = nounPhraseEndingAt(tokens, p - 1, inTitle);
    if (phrase && opensClause(tokens, tokens.findIndex((t) => t.start === phrase.start))) found = p - 1;
  }
  return found;
}

/**
 * A comma-bounded aside between a name and its verb: 'Hamdan*, 53,* told',
 * 'al-Hashimi*, who has advised the Iraqi government,* told',
 * 'Trump*, however,* said', 'Shane Shook*, a cyber security expert who
 * has helped investigate some of the breaches uncovered to date,* said',
 * 'Clinton*, 35, the daughter of ...,* said'. The nearest comma within a
 * short aside is taken unless only a number stands before it ('35'); one
 * farther back only when the phrase before it opens its clause, so a list
 * ('prices rose, wages fell, ...') is no subject. Returns the index of the
 * token before the aside, or -1.
 */
function skipAsideLeft(tokens: readonly Token[], comma: number, inTitle: boolean): number {
  for (let p = comma - 1; p > 0 && comma - p <= maxAsideTokens; p--) {
    const text = tokens[p].text;
    if (/^["“”;]$/.test(text)) return -1;
    if (text !== ',') continue;
    const phrase = nounPhraseEndingAt(tokens, p - 1, inTitle);
    if (!phrase || /^[\d\s,.-]+$/.test(tokens.slice(0, p).filter((t) => t.start >= phrase.start).map((t) => t.text).join(' '))) continue;
    const first = tokens.findIndex((t) => t.start === phrase.start);
    if (comma - p <= shortAside && !tokens.slice(p + 1, comma).some((t) => t.text === ',')) return p - 1;
    if (opensClause(tokens, first)) return p - 1;
  }
  return -1;
}

/**
 * Past an age and a hometown set off by commas, back to the name they
 * describe: 'Donna Sampson Rawlings*, 59, of Ashton, Md.,* who watched ...,
 * said'. Each piece between commas is an age ('59'), 'of' and a place ('of
 * Ashton') or an abbreviated state ('Md.'); returns the index of the last
 * token before the first such piece, or `last` when none ends there.
 */
function skipHometownLeft(tokens: readonly Token[], last: number): number {
  let end = last;
  for (;;) {
    let comma = end;
    while (comma >= 0 && tokens[comma].text !== ',' && end - comma < 6) comma--;
    if (comma < 1 || tokens[comma].text !== ',') return end;
    const piece = tokens.slice(comma + 1, end + 1);
    if (piece.length === 0) return end;
    const capitalized = (t: Token): boolean => isCapitalized(t) || t.text === '.';
    const age = piece.length === 1 && /^\d{1,3}$/u.test(piece[0].text);
    const ofPlace = lower(piece[0]) === 'of' && piece.length > 1 && piece.slice(1).every(capitalized);
    // An abbreviated state ends in its full stop ('Ashton, *Md.*,', '*N.C.*'); a middle initial does not end a name ('Marc H. Morial').
    const state = piece.length <= 4 && piece.every(capitalized) && /\.$/u.test(piece[piece.length - 1].text);
    if (!age && !ofPlace && !state) return end;
    end = comma - 1;
  }
}

/**
 * The first token of a dash ending at index: '—', '–', '--' written as two hyphens, or a hyphen with space on both
 * sides ('Kall - a co-editor - said'); -1 when the token is no dash. A hyphen inside a word is part of the word's token.
 */
function dashEndingAt(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (!token) return -1;
  if (token.text === '—' || token.text === '–') return index;
  if (token.text !== '-') return -1;
  const before = tokens[index - 1];
  if (before?.text === '-' && before.end === token.start) return index - 1;
  const after = tokens[index + 1];
  return (!before || before.end < token.start) && (!after || token.end < after.start) ? index : -1;
}

/** The end of the phrase before an aside that a dash at `close` closes, when one opens it within reach; else -1. */
function skipDashAsideLeft(tokens: readonly Token[], close: number, inTitle: boolean): number {
  for (let p = close - 1; p > 0 && close - p <= maxAsideTokens; p--) {
    // The dot of an abbreviation ends nothing: '-- the production company that owns *Mr.* King's programming --'.
    const abbreviation = tokens[p].text === '.' && tokens[p - 1].end === tokens[p].start && /^\p{Lu}\p{L}{0,3}$/u.test(tokens[p - 1].text);
    if (/^["“”;.]$/.test(tokens[p].text) && !abbreviation) return -1;
    const open = dashEndingAt(tokens, p);
    if (open < 0) continue;
    const phrase = nounPhraseEndingAt(tokens, open - 1, inTitle);
    if (!phrase) return -1;
    const first = tokens.findIndex((t) => t.start === phrase.start);
    return opensClause(tokens, first) ? open - 1 : -1;
  }
  return -1;
}

/** The run of noun-phrase tokens ending at index, joined across 'of' and 'and'. */
export function nounPhraseEndingAt(tokens: readonly Token[], index: number, inTitle: boolean): Span | null {
  if (index < 0 || articles.has(lower(tokens[index]))) return null;
  if (tokens[index].text === ')') {
    // 'Sen. Bernie Sanders *(I-Vt.)* said': the party and state belong to the name.
    const open = tokens.slice(Math.max(0, index - 8), index).map((t) => t.text).lastIndexOf('(');
    const inner = open < 0 ? null : nounPhraseEndingAt(tokens, Math.max(0, index - 8) + open - 1, inTitle);
    return inner && { start: inner.start, end: tokens[index].end };
  }
  if (isPronoun(tokens[index])) {
    // 'The man *in it* calls': an object pronoun belongs to the phrase before its preposition.
    const object = lower(tokens[index]) === 'it' && index > 1 && objectPrepositions.has(lower(tokens[index - 1])) ? nounPhraseEndingAt(tokens, index - 2, inTitle) : null;
    return { start: object?.start ?? tokens[index].start, end: tokens[index].end };
  }
  let first = -1;
  let k = index;
  while (k >= 0 && index - k < maxPhraseTokens) {
    const word = lower(tokens[k]);
    // 'Recent *reports* however suggest': a plural cue word heading the subject is a noun.
    const pluralHead = k === index && k > 0 && /s$/.test(word) && reportingVerbForms.has(word) && isNounPhraseToken(tokens, k - 1, inTitle);
    if (isNounPhraseToken(tokens, k, inTitle) || pluralHead) {
      first = k;
      // 'struck *a* more cautious note': an indefinite article opens the phrase, unless joined ('Shepherds and a local official').
      if ((word === 'a' || word === 'an') && !['and', 'or'].includes(lower(tokens[k - 1] ?? token0))) break;
      k--;
    } else if (tokens[k].text === ')' && first >= 0) {
      // 'Sen. Bernie Sanders (I-Vt.) said'
      const open = tokens.slice(Math.max(0, k - 8), k).map((t) => t.text).lastIndexOf('(');
      if (open < 0) break;
      k = Math.max(0, k - 8) + open - 1;
    } else if ((word === 'of' || word === 'and') && first >= 0 && k > 0 && isNounPhraseToken(tokens, k - 1, inTitle)) {
      k--;
    } else if (word === 'by' && first >= 0 && k > 1 && /ed$/.test(lower(tokens[k - 1])) && isNounPhraseToken(tokens, k - 2, inTitle)) {
      // 'American and Iraqi officials [quoted by Iraqi media and CNN] said': the speaker is the outer phrase.
      return nounPhraseEndingAt(tokens, k - 2, inTitle);
    } else break;
  }
  if (first < 0) return null;
  first = pastLeadingTime(tokens, withAffiliation(tokens, first), index);
  const words = tokens.slice(first, index + 1).filter(isWord);
  if (words.length === 0 || words.every((t) => determiners.has(lower(t)))) return null;
  return { start: tokens[first].start, end: tokens[index].end };
}

/**
 * 'A colonel with the Iraqi national security service', 'A senior military
 * official from the SDF': a short indefinite or definite phrase, opening the
 * clause, then an affiliation. Returns the new first token, or `first`.
 */
function withAffiliation(tokens: readonly Token[], first: number): number {
  const joiner = first - 1;
  if (joiner < 1 || !affiliations.has(lower(tokens[joiner]))) return first;
  let k = joiner - 1;
  while (k >= 0 && joiner - k <= 4 && isNounPhraseToken(tokens, k)) {
    if (['a', 'an', 'the', 'one'].includes(lower(tokens[k]))) {
      const before = tokens[k - 1];
      return !before || subjectOpeners.has(lower(before)) ? k : first;
    }
    k--;
  }
  return first;
}

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
