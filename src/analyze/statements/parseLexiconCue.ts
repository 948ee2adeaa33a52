import type { AnalyzedDocument, Span, Token } from '../types.js';
import { skipAdjunctsRight } from './contentAfterCue.js';
import { cueWordCounts } from './cueWordCounts.js';
import { looseSubject, standsAsSubject } from './looseSubject.js';
import { isCapitalized, isWord, lower } from './nounPhraseToken.js';
import { endsInModifier, partsOfSpeech } from './partsOfSpeech.js';
import { reportingVerbForms } from './reportingVerbs.js';
import type { SentenceView } from './sentenceView.js';
import { speakerBefore } from './speakerBefore.js';
import { freeRelatives, namesThing, quantifiesNoun } from './speakerWords.js';
import { speechClasses, wordClass } from './wordClass.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

/**
 * Below this share of right readings in PolNeAR train a word is too often
 * something else in this shape ('cast' a vote, 'call' a meeting) to be read
 * as a cue; rarer words are not trusted at all.
 */
const minCueShare = 0.5;
const minCueCount = 3;
/**
 * A word right this often is sure enough to end another statement's content
 * when it opens a coordinated clause ('repeated', right 6 of 6 times), where
 * one right half the time ('released') is not.
 */
const sureCueShare = 0.75;

/*
 * Words that make a clause finite. A word the lexicon trusts but that is no
 * reporting verb needs a proposition after it: 'analysts *suspect* he has
 * taken to ground' (has), 'many voters *fear* that ...'; an action with an
 * object is no statement: 'the alliance *pushed* the militants back',
 * 'the student *decided* to form a group'.
 */
const finiteWords = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "'s", '’s', "isn't", "wasn't", "won't", "can't", "don't", "didn't",
]);

export function holdsProposition(contentText: string): boolean {
  const unquoted = contentText.replace(/["“][^"”]*["”]/g, ' ');
  // Case kept: 'to document IS atrocities' names Islamic State, it is no verb.
  return unquoted.split(/[^\p{L}'’]+/u).some((word, index) => finiteWords.has(word) || (index > 0 && /\p{L}{3,}ed$/u.test(word)));
}

/*
 * Raising verbs say how things look, not who claims them: 'which *seems* to
 * have caught officials by surprise', 'Islamic State *seems* ...'. The
 * reporting-verb parser still reads 'it appears that ...' where a source follows.
 */
const raisingVerbs = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared']);

/** Words after 'to' that make it a preposition ('pointed *to the* report'), not an infinitive ('decided *to form* a group'). */
const nounStarters = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'some', 'any', 'all', 'each', 'every', 'no', 'him', 'them', 'us', 'me', 'what', 'whom']);

/** 'the student *decided to form* a group': an unknown-lexicon word with an infinitive after it is an action, not a statement. */
function takesInfinitive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!next || lower(next) !== 'to' || !after || !isWord(after) || isCapitalized(after)) return false;
  return !nounStarters.has(lower(after)) && !/^\d/.test(after.text);
}

/** A relative pronoun is no speaker by itself: 'a recording ... *which* showed that ...' is the recording's, found elsewhere. */
const relativePronouns = new Set(['which', 'that', 'who', 'whom', 'whose']);

/*
 * An object that names an earlier claim makes a speech act about it:
 * 'the Front *rejected the claim*', 'officials *voiced doubts*',
 * 'Kasteria *withdrew it*', 'Mereth *repeated the denial* on 20 March'.
 */
const claimNouns = new Set([
  'claim', 'claims', 'denial', 'denials', 'doubt', 'doubts', 'report', 'reports', 'allegation', 'allegations',
  'accusation', 'accusations', 'statement', 'statements', 'account', 'accounts', 'assessment', 'assertion',
  'assertions', 'charge', 'charges', 'figure', 'figures', 'version', 'story', 'suggestion', 'rumours', 'rumors',
  'concern', 'concerns', 'criticism', 'warning', 'warnings', 'assurance', 'assurances', 'view', 'conclusion',
]);
const claimDeterminers = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'such', 'any', 'some', 'earlier', 'previous', 'new']);

export function refersToClaim(contentText: string): boolean {
  const words = contentText.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
  if (['it', 'this', 'that'].includes(words[0] ?? '') && words.length <= 4) return true;
  let index = 0;
  while (index < 3 && claimDeterminers.has(words[index] ?? '')) index++;
  return claimNouns.has(words[index] ?? '');
}

/** A form of 'be' before the word makes a passive, which parseImpersonalCue reads: 'he *was* asked'. */
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Prepositions a cue takes along: 'called *for*', 'pointed *to*', 'talked *about*', 'railed *against*'. */
const particles = new Set(['for', 'about', 'to', 'on', 'out', 'of', 'against', 'with', 'at', 'up']);

/**
 * Prepositions of place and motion that open a verb's complement, never what
 * someone said: 'Lindsay Lohan has *checked into* the Betty Ford Center',
 * 'he *looked across* the river'. A word followed by one is an action.
 */
export const placePrepositions: ReadonlySet<string> = new Set(['into', 'onto', 'from', 'through', 'across', 'toward', 'towards', 'inside', 'behind', 'beneath', 'under', 'upon', 'off', 'around']);

/** After these the word is a passive participle of a reduced relative: 'views *expressed in* this column', 'a trail *laid by* ISIS'. */
const passiveFollowers = new Set(['in', 'by']);

/**
 * Whether the subject opens a clause coordinated after a comma, which has
 * its own subject and verb and so ends the clause before it: 'the ministry
 * has denied that any building was struck*, and* Mereth on Thursday
 * repeated that denial'. With a sure cue word such a draft does not give
 * way to the content it interrupts.
 */
function opensCoordinatedClause(tokens: readonly Token[], first: number): boolean {
  const joiner = lower(tokens[first - 1] ?? { text: '', start: 0, end: 0 });
  return tokens[first - 1]?.text === ';' || (['and', 'but'].includes(joiner) && [',', ';'].includes(tokens[first - 2]?.text ?? ''));
}

function isSureCue(word: string): boolean {
  const counts = cueWordCounts[word];
  return !!counts && counts[0] >= minCueCount && counts[0] / counts[1] >= sureCueShare;
}

/** Whether a subject, this word and words after it were a cue often enough in PolNeAR train. */
export function isTrainedCue(word: string): boolean {
  const counts = cueWordCounts[word];
  return !!counts && counts[0] >= minCueCount && counts[0] / counts[1] >= minCueShare;
}

/**
 * A word PolNeAR train saw too seldom to count, whose WordNet class is a
 * verb of communication or cognition (wordClass.ts): 'Trump *lambasted* the
 * deal', 'she *reckons* that ...'. A word train saw often enough is judged by
 * its counts alone ('cast', 'call' stay out).
 */
export function isSpeechWord(word: string): boolean {
  const counts = cueWordCounts[word];
  // A reporting verb is read by its own parser, which knows its frames ('told Harbor News Agency' names a listener, not what was said).
  return (!counts || counts[1] < minCueCount) && !reportingVerbForms.has(word) && speechClasses.has(wordClass(word));
}

/**
 * Any word that PolNeAR train marks as a cue at least half of the time,
 * with a subject right before it and words after it: 'Sanders *blasted*
 * the deal', 'many voters *fear* a contested convention', 'Trump *seemed* to
 * back away'. The fallback behind the reporting-verb parser, which alone
 * reads its own verbs (it knows 'Moscow’s *claims*' is a noun) and the
 * shapes with the speaker after the verb; a fallback draft gives way to any
 * other parser's (see withoutUnclaimedOverlaps.ts). A possessive is no
 * subject ('Moscow’s'), nor is an adverb a cue ('subsequently').
 */
/** Parts of speech of a word that names rather than reports. */
const nounTags = new Set(['NOUN', 'PROPN']);

export function parseLexiconCue(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  return lexiconDrafts(doc, view, quotes, (word) => isTrainedCue(word) || isSpeechWord(word));
}

/** The drafts for every word `isCue` accepts; scripts/train/countCueWords.ts calls it with every word to count. */
export function lexiconDrafts(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[], isCue: (word: string) => boolean): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const inTitle = view.kind === 'title';
  const drafts: StatementDraft[] = [];
  let tags: readonly string[] | undefined;
  tokens.forEach((token, i) => {
    const word = lower(token);
    if ((isCapitalized(token) && !inTitle) || /ly$/.test(word) || raisingVerbs.has(word) || !isCue(word)) return;
    // A cue word read in its sentence as a noun is no cue: 'a Labor Day *interview* with ABC News', 'the low *demand* for coal'.
    tags ??= partsOfSpeech(text, tokens);
    if (!inTitle && nounTags.has(tags[i])) return;
    const verb = reportingVerbForms.get(word)?.verb;
    if (quotes.some((q) => q.start < token.start && token.end < q.end)) return;
    const previous = tokens[i - 1];
    if (!previous || beForms.has(lower(previous))) return;
    // An -ing noun with a participle after it heads a noun phrase, not a clause: 'a 46-minute audio *recording released* in September'.
    if (!verb && /ing$/.test(word) && /\p{L}ed$/u.test(lower(tokens[i + 1] ?? token))) return;
    const phrase = speakerBefore(tokens, i, inTitle) ?? looseSubject(tokens, i);
    if (!phrase || /['’]s$/.test(text.slice(phrase.start, phrase.end))) return;
    const firstToken = tokens.findIndex((t) => t.start === phrase.start);
    if (!standsAsSubject(tokens, firstToken) || namesThing(tokens, firstToken, i)) return;
    // 'A second *blast* followed': a bare form after a singular subject is a noun, not a verb.
    const subject = text.slice(phrase.start, phrase.end).toLowerCase();
    if (relativePronouns.has(subject)) return;
    // A subject inside a free relative says what the relative stands for, named elsewhere: 'the account matches *what* Brigadier Hollin said about his injuries'.
    if (subject.split(/\s+/u).some((w) => freeRelatives.has(w))) return;
    // A superlative with no noun is half a phrase: '*the clearest* written account of them has been provided by ...'.
    if (/^the\s+\p{L}+est$/u.test(subject)) return;
    if (!verb && !/(?:s|ed|en|ing|wn)$/.test(word) && /^(?:an?\s|he$|she$|it$)/.test(subject)) return;
    if (quantifiesNoun(subject.split(/\s+/u), word) || (/s$/u.test(word) && !inTitle && endsInModifier(text, tokens, phrase))) return;
    if (!verb && passiveFollowers.has(lower(tokens[i + 1] ?? token))) return;
    if (!verb && takesInfinitive(tokens, i)) return;
    if (!verb && placePrepositions.has(lower(tokens[i + 1] ?? token))) return;
    let cueEnd = i + 1;
    if (tokens[cueEnd] && particles.has(lower(tokens[cueEnd]))) cueEnd++;
    let first = skipAdjunctsRight(tokens, cueEnd);
    const that = lower(tokens[first] ?? token) === 'that';
    if (tokens[first]?.text === ':' || that) first++;
    if (verb?.opens && !that) return;
    const opening = tokens[first];
    if (!opening || !(isWord(opening) || /^["“$]/.test(opening.text))) return;
    // A finite verb right after the word makes it the head of the subject: 'his latest *remarks* will do
    // nothing', 'the registration *issue* was first reported by'.
    if (!that && finiteWords.has(lower(opening))) return;
    const quote = quotes.find((q) => q.start === opening.start);
    const content = contentSpan(text, opening.start, quote?.end ?? view.end);
    if (!content) return;
    if (!verb && !that && !quote && !holdsProposition(content.text) && !refersToClaim(content.text)) return;
    drafts.push({
      speaker: speakerRef(text, phrase.start, phrase.end),
      cue: quoteSpan(text, token.start, tokens[cueEnd - 1].end),
      content,
      kind: inTitle ? 'headline' : quote ? 'direct' : 'indirect',
      rule: opensCoordinatedClause(tokens, firstToken) && isSureCue(word) ? 'coordinated-clause-cue' : 'lexicon-speaker-cue',
      sentence: view.index,
    });
  });
  return drafts;
}
