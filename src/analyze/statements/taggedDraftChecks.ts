import type { Token } from '../types.js';
import { notContentOpeners, opensLongQuote } from './contentAfterCue.js';
import { isWord, lower } from './nounPhraseToken.js';
import { holdsProposition, isTrainedCue, placePrepositions, refersToClaim } from './parseLexiconCue.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { formulaWords, freeRelatives, irregularPlurals, namesThing, quantifiesNoun, timeFillers, timeLeadWords, timeWords } from './speakerWords.js';
import { namesPersonFirst, speechClasses, wordClass } from './wordClass.js';

/** What a check sees of a statement the tagger marked: the sentence's tokens and the runs of its source, cue and content. */
export interface TaggedStatement {
  tokens: readonly Token[];
  source?: { first: number; last: number };
  cue: { first: number; last: number };
  content: { first: number; last: number };
  /** The source is the subject of the clause the cue hangs on, which may stand far before it: 'Trump spoke to ..., *promising* to lift ...'. */
  sourceOfClause?: boolean;
  /** The sentence is a headline, which may hang what a source says on a colon with no quote: 'Graham: Trump's rhetoric destroying GOP's chance'. */
  title?: boolean;
}

/** Words a source cannot end in: a determiner or possessive is half a noun phrase ('*His* endorsed candidate'). */
const halfPhrases = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** Verbs that with a plain object are actions, not statements: 'shows an image', 'found the car', 'knows the city'. */
/** Adjectives that stand before the noun they need: '*The latest* reports about the injuries suggest' (the source is the reports). */
const headlessModifiers = new Set(['latest', 'recent', 'new', 'previous', 'earlier', 'initial', 'further', 'additional', 'following', 'same', 'other']);
const objectNotSpeech = new Set(['show', 'find', 'indicate', 'observe', 'feel', 'know', 'maintain', 'reveal']);
/** Verbs by which evidence states a finding: 'Polls *show* a close contest', 'A 2014 study *found* 31 incidents'. */
const evidenceVerbs = new Set(['show', 'find', 'indicate', 'reveal']);
/** Words by which a caption points at its own picture: '*This* photo shows ...'. */
const deictic = new Set(['this', 'these', 'above', 'pictured']);
const personalPronouns = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'who']);
/** Subjects a bare verb form agrees with: 'they *say*', 'people *believe*'. */
const pluralSubjects = new Set(['i', 'we', 'you', 'they', 'who', 'that', 'which', 'some', 'many', 'others', 'both', 'people', 'police', 'most', 'few', 'all', ...irregularPlurals]);
/** Raising verbs say how things look, not who claims them: 'Forces *seems* attacking Mosul'. */
const raisingVerbs = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const reflexives = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);
const passiveBe = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Passives whose subject is the speaker after all: 'he *was quoted* as saying', 'she *was heard* telling'. */
const speakerPassives = new Set(['quoted', 'heard', 'caught', 'recorded', 'overheard']);
/** A pronoun with a contracted 'is' or 'has' ('*He’s* claiming' is 'he is'): a pronoun has no possessive in 's. */
export const pronounContraction = /^(?:he|she|it|that|who|there)['’]s$/iu;
/** Words that open a modifier after a noun phrase's head: 'advisers *to* Mr. Obama', 'supporters *in* Congress'. */
const postModifiers = new Set(['of', 'to', 'in', 'for', 'at', 'from', 'with', 'on', 'who', 'whom', 'close']);
/** Words that count a stretch of time: '*two* years ago', '*several weeks*'. */
const durationWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'many', 'days', 'weeks', 'months', 'years', 'hours']);
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** A determiner or possessive: a cue one or two words after it is a noun ('the claim that'); not 'that', which also opens a clause. */
const opensNounPhrase = (token: Token | undefined): boolean => !!token && lower(token) !== 'that' && halfPhrases.has(lower(token));

const frames = (token: Token | undefined): boolean => !!token && (lower(token) === 'that' || /^["“:]$/.test(token.text));
/** Whether the cue ends in, or is followed by, 'that', a quote or a colon: 'could not resist *pointing out that* ...'. */
const framesClause = (s: TaggedStatement): boolean => frames(s.tokens[s.cue.last]) || frames(s.tokens[s.cue.last + 1]);

/**
 * The tagger learned PolNeAR's wide notion of attribution, which counts
 * nominal cues ('Moscow’s *claims* that') and any action with a source;
 * the stage keeps to statements someone makes, the way the hand-written
 * parsers do. Each check names what it rejects; a tagged draft must pass all.
 */
export const taggedDraftChecks: readonly { name: string; example: string; passes: (s: TaggedStatement) => boolean }[] = [
  {
    name: 'the cue is a reporting verb or a word the lexicon trusts, or frames a clause',
    example: 'Sanders *has repeatedly blasted* the deal, they *could not resist pointing out that* ...; not: reports *about* the injuries, Forces *seems* attacking, officials *myself expressed*',
    passes: (s) => {
      const words = s.tokens.slice(s.cue.first, s.cue.last + 1).map(lower);
      if (reflexives.has(words[0]) || halfPhrases.has(words[0]) || words.some((word) => raisingVerbs.has(word))) return false;
      return words.some((word) => reportingVerbForms.has(word) || isTrainedCue(word) || speechClasses.has(wordClass(word))) || framesClause(s);
    },
  },
  {
    name: 'a word that is no reporting verb reports a proposition or a claim',
    example: 'the alliance *has pushed* the militants back (an action); but: Sanders *blasted* the deal, which he said was a giveaway; the Front *rejected* the claim',
    passes: (s) => {
      const words = s.tokens.slice(s.cue.first, s.cue.last + 1).map(lower);
      if (words.some((word) => reportingVerbForms.has(word) || speechClasses.has(wordClass(word))) || framesClause(s) || s.content.first < s.cue.first) return true;
      const content = s.tokens.slice(s.content.first, s.content.last + 1).map((t) => t.text).join(' ');
      return holdsProposition(content) || refersToClaim(content);
    },
  },
  {
    name: 'what follows the cue opens a clause or an object',
    example: 'the man *identified as* Ibrahim, he *declared himself* leader, friends *decided to* form a band (but: he urged them to fight, she *is promising to* help)',
    passes: (s) => {
      if (s.content.first < s.cue.first) return true;
      const next = s.tokens[s.cue.last + 1];
      if (!next) return false;
      const word = lower(next);
      // The cue's verb, past its auxiliaries: 'Clinton *is promising* to help'.
      const verb = s.tokens.slice(s.cue.first, s.cue.last + 1).map((t) => reportingVerbForms.get(lower(t))?.verb).filter((v) => v !== undefined).at(-1);
      if (word === 'to') return !!verb?.opens?.includes('to');
      return !notContentOpeners.has(word) && !reflexives.has(word);
    },
  },
  {
    name: 'the cue opens with no subject pronoun',
    example: 'The voters *we spoke to said* ... (a relative clause on the source: the voters we spoke to said)',
    passes: (s) => !personalPronouns.has(lower(s.tokens[s.cue.first])) || lower(s.tokens[s.cue.first]) === 'who',
  },
  {
    name: 'a gerund of speech inside the content is its own cue',
    example: 'She *surprised* her aides by saying nothing, he *ended* the briefing after telling reporters ... (the gerund reports, not the verb before it)',
    passes: (s) => {
      const content = s.tokens.slice(s.content.first, s.content.last + 1).map(lower);
      return !content.some((word, k) => k > 0 && ['by', 'after'].includes(content[k - 1]) && /ing$/u.test(word) && (reportingVerbForms.has(word) || speechClasses.has(wordClass(word))));
    },
  },
  {
    name: 'a source inside a free relative says what the relative stands for',
    example: 'the account matches *what* [S Brigadier Hollin] [C said in June about] [K his injuries] (what he said is named elsewhere)',
    passes: (s) => !s.source || s.source.first === 0 || !freeRelatives.has(lower(s.tokens[s.source.first - 1])),
  },
  {
    name: 'the words after a verb inverted behind a comma name its speaker',
    example: '[S Baghdadi dead], [C says] [K Iraqi TV] (Iraqi TV says Baghdadi is dead)',
    passes: (s) => {
      const verb = reportingVerbForms.get(lower(s.tokens[s.cue.first]))?.verb;
      return !(verb?.invertible && s.tokens[s.cue.first - 1]?.text === ',' && s.content.first > s.cue.last && (!s.source || s.source.last < s.cue.first));
    },
  },
  {
    name: 'has a source, or the cue frames a clause',
    example: 'The strike has drawn *criticism* over its toll, he was *told* to leave (no one speaks); but: it *appeared that* ...',
    passes: (s) => !!s.source || framesClause(s),
  },
  {
    name: 'source is a whole noun phrase, not a possessive',
    example: '*Moscow’s* claims that ..., *His* endorsed candidate, *The* claim that, Ministry *of Defence* published, *The latest* reports about',
    passes: (s) => {
      if (!s.source) return true;
      const first = s.tokens[s.source.first];
      const last = s.tokens[s.source.last];
      if (!isWord(first) || notContentOpeners.has(lower(first))) return false;
      const possessive = /['’]s$/.test(last.text) && !pronounContraction.test(last.text);
      return !halfPhrases.has(lower(last)) && !headlessModifiers.has(lower(last)) && !possessive && !/^['’]s$/.test(last.text);
    },
  },
  {
    name: 'source comes right before the cue or after the content',
    example: '“...,” *he* said; not: *Trump*, who spoke Friday, ... praised (too far)',
    passes: (s) => {
      if (!s.source || s.sourceOfClause || s.source.last > s.cue.first) return true;
      // A time between them does not part them: 'Kasteria *for the first time* acknowledged'.
      const between = s.tokens.slice(s.source.last + 1, s.cue.first).filter((t) => !timeWords.has(lower(t)) && !timeLeadWords.has(lower(t)) && !timeFillers.has(lower(t)));
      return between.length <= 3;
    },
  },
  {
    name: 'a verb whose plain object is no speech keeps the clause it needs',
    example: 'This photo *shows an image*, he *found the car* (but: polls show that ..., polls *show a close contest*, a study *found 31 incidents*)',
    passes: (s) => {
      // The verb past its auxiliaries: 'His officers *had found* ...'.
      let at = s.cue.last - s.cue.first;
      while (at >= 0 && !reportingVerbForms.has(lower(s.tokens[s.cue.first + at]))) at--;
      const verb = at >= 0 ? reportingVerbForms.get(lower(s.tokens[s.cue.first + at]))?.verb : undefined;
      if (!verb?.opens || !objectNotSpeech.has(verb.lemma) || s.content.first < s.cue.first) return true;
      // What a poll, a study or a recording shows is its finding; what 'this photo' shows is the picture itself, a caption.
      // A person who finds something has done something ('he *found* the car'), not stated a finding.
      const source = s.source ? s.tokens.slice(s.source.first, s.source.last + 1).map(lower) : [];
      // The head before its modifier: 'A 2014 study *by a law professor*' is a study.
      const modifier = source.findIndex((word, k) => k > 0 && (postModifiers.has(word) || word === 'by'));
      const head = (modifier > 0 ? source.slice(0, modifier) : source).at(-1) ?? '';
      const evidence = source.length > 0 && !deictic.has(source[0]) && !personalPronouns.has(head) && !namesPersonFirst(head) && !/^(?:photo|image|picture|screenshot|graphic|map|chart|grab)s?$/u.test(head);
      if (evidenceVerbs.has(verb.lemma) && evidence) return true;
      const opener = lower(s.tokens[s.cue.first + at + 1] ?? s.tokens[s.cue.first + at]);
      // A quoted sentence, not a quoted object: 'found "nothing that points to Dren"' quotes the object's words.
      return verb.opens.includes(opener) || opener === ':' || opensLongQuote(s.tokens.slice(s.cue.first + at + 1));
    },
  },
  {
    name: 'a bare verb form agrees with its source',
    example: 'The Russian *claim* that he was dead (a noun; but: the Russians claim, they say, advisers to Mr. Obama say, Trump put it)',
    passes: (s) => {
      const word = lower(s.tokens[s.cue.first]);
      const verb = reportingVerbForms.get(word)?.verb;
      if (!s.source || s.source.last !== s.cue.first - 1 || word !== (verb?.forms?.[0] ?? verb?.lemma)) return true;
      const source = s.tokens.slice(s.source.first, s.source.last + 1).map(lower);
      // The head is the last word before a modifier: 'supporters *in Congress* say', 'many *of whom* say'.
      const modifier = source.findIndex((word, k) => k > 0 && postModifiers.has(word));
      const head = (modifier > 0 ? source.slice(0, modifier) : source).at(-1) ?? '';
      return pluralSubjects.has(head) || source.includes('and') || /[^s'’]s$/.test(head);
    },
  },
  {
    name: 'an -s form after a source of quantifiers only is their noun',
    example: '*some* calls into the VA hotline, *further* sanctions would be a deterrent (but: some say)',
    passes: (s) => !s.source || s.source.last !== s.cue.first - 1 || !quantifiesNoun(s.tokens.slice(s.source.first, s.source.last + 1).map(lower), lower(s.tokens[s.cue.first])),
  },
  {
    name: 'a cue right after a determiner, with no source between them, is a noun or an adjective',
    example: 'The Russian *claim* that he was dead was wrong, *the* assertion that ..., the clearest *written* account of them has been provided by The Times (but: it *appeared* that ..., the senator *said*)',
    passes: (s) => (s.source !== undefined && s.source.last < s.cue.first) || ![1, 2].some((back) => opensNounPhrase(s.tokens[s.cue.first - back])),
  },
  {
    name: 'the subject of a passive cue is no source',
    example: 'He *was told* to leave, she *is expected* to run (but: he *was quoted* as saying)',
    passes: (s) => {
      const cue = s.tokens.slice(s.cue.first, s.cue.last + 1).map(lower);
      const passive = cue.some((word, k) => passiveBe.has(word) && k + 1 < cue.length && !/ing$/.test(cue[k + 1]));
      return !passive || !s.source || s.source.first > s.cue.last || cue.some((word) => speakerPassives.has(word));
    },
  },
  {
    name: 'the content has two words or more, and is no formula said',
    example: 'he *said* so, they were *saying* goodbye at the station (no content to speak of)',
    passes: (s) => s.tokens.slice(s.content.first, s.content.last + 1).filter(isWord).length >= 2 && !formulaWords.has(lower(s.tokens[s.content.first])),
  },
  {
    name: 'the content is more than a time',
    example: 'a report the group *denied* [two years ago], he *said* [on Friday night]',
    passes: (s) => !s.tokens.slice(s.content.first, s.content.last + 1).filter(isWord).every((t) => timeWords.has(lower(t)) || timeLeadWords.has(lower(t)) || /^\d+$/u.test(t.text) || durationWords.has(lower(t))),
  },
  {
    name: 'a cue with a preposition of place or motion is an action',
    example: 'Julie Hirschfeld Davis *reported from* Midway Atoll, Lohan *checked into* a clinic (but: he *pointed to* reports)',
    passes: (s) => !placePrepositions.has(lower(s.tokens[s.cue.last])) && !(s.cue.first === s.cue.last && placePrepositions.has(lower(s.tokens[s.cue.last + 1] ?? s.tokens[s.cue.last])) && !reportingVerbForms.get(lower(s.tokens[s.cue.first]))?.verb.opens),
  },
  {
    name: 'what is worth saying is the writer’s own',
    example: 'It’s *worth noting* that this is the first time ...',
    passes: (s) => lower(s.tokens[s.cue.first - 1] ?? s.tokens[s.cue.first]) !== 'worth',
  },
  {
    name: 'a participle that names is no cue',
    example: 'a leader of a Pakistan-based group *called* Lashkar-e-Taiba belongs on the list (but: A spokesman called the claims absurd)',
    passes: (s) => !s.source || !namesThing(s.tokens, s.source.first, s.cue.first),
  },
  {
    name: 'a colon in the body names a speaker only before a quote',
    example: 'Iowa*:* Trump leads with 30 percent (a topic, not a source); but: Bush: "The mission is to destroy ISIS", and in a headline: Graham: Trump destroying GOP',
    passes: (s) => s.title || s.tokens.slice(s.cue.first, s.cue.last + 1).some(isWord) || /^["“]$/u.test(s.tokens[s.content.first].text) || /^["“]$/u.test(s.tokens[s.cue.last + 1]?.text ?? ''),
  },
  {
    name: 'no passive participle of a reduced relative',
    example: 'The views *expressed in* this column',
    passes: (s) => {
      const word = lower(s.tokens[s.cue.first]);
      const before = s.tokens[s.cue.first - 1];
      const next = s.tokens[s.cue.first + 1];
      return !(/ed$/.test(word) && next && ['in', 'by'].includes(lower(next)) && !(before && beForms.has(lower(before))));
    },
  },
];
