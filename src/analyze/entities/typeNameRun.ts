import type { EntityType } from '../types.js';
import type { NameRun } from './chunkNames.js';
import type { NameWord } from './nameWords.js';
import { firstNames } from './data/firstNames.js';
import { knownOrganizations, organizationHeads } from './data/organizationCues.js';
import { personRoleCues, personTitles } from './data/personTitles.js';
import { demonyms, knownPlaces, placeHeads, placeNounsAfter, placeNounsBeforeOf, placePrepositions } from './data/placeGazetteer.js';

/** A name found in the text; `type` is null when only other mentions of it can tell. */
export interface NameCandidate {
  start: number;
  end: number;
  words: NameWord[];
  type: EntityType | null;
  rule: string;
  /** Found where capitals are weak evidence (sentence start, headline): kept only if typed by a lexicon or cue. */
  weak: boolean;
}

export interface TypingContext {
  text: string;
  isTitleCase: boolean;
  lowercaseWords: ReadonlySet<string>;
}

const titles = new Set(personTitles);
const longestTitle = Math.max(...personTitles.map((title) => title.split(' ').length));

/** 'Abu Bakr', 'Umm Sayyaf', 'bin Laden': words that make a person's name Arabic-style. */
const arabicNameWords = new Set(['abu', 'umm', 'bin', 'ibn', 'bint']);
const arabicArticle = /^(?:al|el|ad|ar|as|at|an|ash|az|ud)-\p{L}/iu;

function titleLengthAt(words: NameWord[], at: number): number {
  for (let length = Math.min(longestTitle, words.length - at); length > 0; length--) {
    const phrase = words.slice(at, at + length).map((word) => word.key).join(' ');
    if (titles.has(phrase)) return length;
  }
  return 0;
}

interface Segment {
  words: NameWord[];
  title: string | null;
  /** The first segment of a run can use the words before the run as cues. */
  first: boolean;
}

/**
 * 'Russian Deputy Foreign Minister Oleg Syromolotov' -> 'Russian' and,
 * after the title, 'Oleg Syromolotov'. A run that ends with an organisation
 * head is not split: 'General Electric', 'Foreign Ministry'.
 */
function splitAtTitles(words: NameWord[]): Segment[] {
  if (organizationHeads.has(words[words.length - 1].key)) return [{ words, title: null, first: true }];
  const segments: Segment[] = [];
  let start = 0;
  let title: string | null = null;
  for (let i = 0; i < words.length; ) {
    const length = titleLengthAt(words, i);
    if (length === 0 || i + length >= words.length) {
      i++;
      continue;
    }
    if (i > start) segments.push({ words: words.slice(start, i), title, first: start === 0 });
    title = words.slice(i, i + length).map((word) => word.key).join(' ');
    i += length;
    start = i;
  }
  segments.push({ words: words.slice(start), title, first: start === 0 });
  return segments;
}

function spanText(words: NameWord[], text: string): string {
  return text.slice(words[0].start, words[words.length - 1].end);
}

/** 'Russian', and the people: 'Russians', 'Kurds', 'Tunisians'. */
function isDemonym(word: NameWord): boolean {
  return demonyms.has(word.text) || (word.text.endsWith('s') && demonyms.has(word.text.slice(0, -1)));
}

type Typing = { type: EntityType | null; rule: string } | 'drop';

function looksCommon(word: NameWord, context: TypingContext): boolean {
  return context.lowercaseWords.has(word.key) || /ly$/.test(word.key);
}

/** The ordered typing rules; the first that applies wins, so lexicons come before cues and cues before shapes. */
function typeSegment(segment: Segment, run: NameRun, context: TypingContext): Typing {
  const { words } = segment;
  const name = spanText(words, context.text);
  const last = words[words.length - 1];
  if (knownOrganizations.has(name)) return { type: 'organization', rule: 'known-organization' };
  if (knownPlaces.has(name)) return { type: 'place', rule: 'gazetteer' };
  if (words.every((word) => isDemonym(word) || titles.has(word.key))) return 'drop';
  if (segment.title) return { type: 'person', rule: `title:${segment.title}` };
  if (organizationHeads.has(last.key) || run.joinedAfterHead) {
    return words.length > 1 ? { type: 'organization', rule: 'organization-head' } : 'drop';
  }
  if (placeHeads.has(last.key) && words.length > 1) return { type: 'place', rule: 'place-head' };
  let rest = words;
  while (rest.length > 1 && demonyms.has(rest[0].text)) rest = rest.slice(1);
  if (rest !== words) return typeSegment({ ...segment, words: rest }, run, context);

  const before = segment.first ? run.before : undefined;
  if (before && personRoleCues.has(before.key) && !before.isCapitalised) return { type: 'person', rule: `role:${before.key}` };
  const keys = words.map((word) => word.key);
  if (words.length > 1 && (keys.some((key) => arabicNameWords.has(key) || key.startsWith('abu-')) || arabicArticle.test(last.text))) {
    return { type: 'person', rule: 'arabic-name' };
  }
  if (words.length > 1 && firstNames.has(keys[0]) && !looksCommon(last, context)) return { type: 'person', rule: 'first-name' };
  if (words.length > 1 && (knownPlaces.has(words[0].text) || knownPlaces.has(last.text))) {
    return { type: 'organization', rule: 'place-in-name' };
  }
  if (before && placePrepositions.has(before.text)) return { type: 'place', rule: `place-cue:${before.text}` };
  if (before?.text === 'of' && run.beforeBefore && placeNounsBeforeOf.has(run.beforeBefore.key)) {
    return { type: 'place', rule: `place-cue:${run.beforeBefore.key} of` };
  }
  if (run.after && placeNounsAfter.has(run.after.key)) return { type: 'place', rule: `place-cue:${run.after.key}` };
  const afterThe = segment.first && run.before?.key === 'the';
  if (words.length > 1 && words.length <= 4 && !afterThe && !words.some((word) => looksCommon(word, context) || titles.has(word.key))) {
    return { type: 'person', rule: 'name-shape' };
  }
  // 'Apple Computer', 'Boeing Commercial Airplanes': a common noun inside a name is a company's, seldom a person's.
  if (words.length > 1 && words.length <= 4 && !afterThe && looksCommon(last, context) && !words.some((word) => titles.has(word.key))) {
    return { type: 'organization', rule: 'common-noun-in-name' };
  }
  return { type: null, rule: 'unknown' };
}

/**
 * 'told Reuters Abu Bakr al-Baghdadi may still be': a known name at the start
 * of a longer run is a name of its own, unless the run ends with a head that
 * makes the whole an organisation or place ('U.S. Air Force', 'Mosul University').
 */
function splitKnownPrefix(segment: Segment, text: string): Segment[] {
  const { words } = segment;
  const lastKey = words[words.length - 1].key;
  if (words.length < 2 || organizationHeads.has(lastKey) || placeHeads.has(lastKey)) return [segment];
  for (let length = words.length - 1; length > 0; length--) {
    const prefix = spanText(words.slice(0, length), text);
    if (knownOrganizations.has(prefix) || knownPlaces.has(prefix)) {
      return [{ ...segment, words: words.slice(0, length) }, { words: words.slice(length), title: null, first: false }];
    }
  }
  return [segment];
}

/** Splits a run at its titles and known names and types each part; demonyms and bare titles are dropped. */
export function typeNameRun(run: NameRun, context: TypingContext): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const segment of splitAtTitles(run.words).flatMap((part) => splitKnownPrefix(part, context.text))) {
    let words = segment.words;
    // 'the ... of' joiners never end a name: 'Ministry of Defence of' cannot happen, but a run cut by a title can leave one.
    while (words.length > 0 && !words[words.length - 1].isCapitalised) words = words.slice(0, -1);
    if (words.length === 0) continue;
    const typing = typeSegment({ ...segment, words }, run, context);
    if (typing === 'drop') continue;
    let named = words;
    if (typing.type !== 'organization') {
      while (named.length > 1 && demonyms.has(named[0].text)) named = named.slice(1);
    }
    candidates.push({
      start: named[0].start,
      end: named[named.length - 1].end,
      words: named,
      type: typing.type,
      rule: typing.rule,
      weak: context.isTitleCase || (named[0] === run.words[0] && named[0].isSentenceInitial),
    });
  }
  return candidates;
}
