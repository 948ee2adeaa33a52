import type { ArticleRecord } from '../record/articleRecord.js';
import { nameKey } from './nameKey.js';
import { predicateCues, type PredicateCue } from './predicateCues.js';
import { relayFrames } from './stanceCues.js';
import type { StoryStatement } from './storyStatement.js';
import type { Proposition } from './types.js';

const cuePatterns = predicateCues.map((cue) => ({ cue, pattern: new RegExp(`(?<![\\p{L}-])(?:${cue.pattern})(?![\\p{L}-])`, 'giu') }));

/** A negator at most four words before the predicate: 'was not killed', 'rather than killed', 'did not die'. */
const negationBefore = /(?<!\p{L})(not|never|no longer|n['’]t|rather than|instead of)(?:\s+[\p{L}'’-]+){0,4}\s*$/iu;
/** A clause break or complementizer ends the reach of a negation: 'has not confirmed that Dren was wounded'. */
const clauseBreak = /[,;:.!?()–—]|\b(?:that|whether|but|and|who|which)\b/giu;
const relayBefore = new RegExp(`(?<!\\p{L})(?:${relayFrames.join('|')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`, 'iu');
/** 'he was still alive', 'his reported death', 'I was dead' (a speaker talking about himself). */
const pronoun = /(?<!\p{L})(he|him|his|she|her|himself)(?!\p{L})/giu;
const possessive = /^['’]s\b/u;
/** 'Baghdadi's son was killed': a verb between owner and predicate makes the owned noun the subject. */
const ownedVerb = /\b(?:was|were|is|are|had|has|been)\b/iu;

const reachBefore = 110;
// A subject after the predicate is its object, right behind it: 'may have killed Vasko Dren', 'rather than Baghdadi himself'.
const reachAfter = 30;
const possessiveReach = 16;
/** A date further from the predicate belongs to another clause: 'After he resurfaced in September ... escape'. */
const timeReach = 60;

interface Mention {
  start: number;
  end: number;
  name: string;
}

interface CueMatch {
  cue: PredicateCue;
  start: number;
  end: number;
  text: string;
}

function findCues(text: string, offset: number): CueMatch[] {
  const found: CueMatch[] = [];
  for (const { cue, pattern } of cuePatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      // Earlier entries win an overlap: 'survived a coup' is not also 'survived'.
      if (found.some((other) => other.start < end && start < other.end)) continue;
      found.push({ cue, start, end, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Who the content names as a possible subject: people, and pronouns read as the article's focus person. */
function findMentions(record: ArticleRecord, statement: StoryStatement, focus: string | null, unlabelled: ReadonlySet<string>): Mention[] {
  const { start, end } = statement.content;
  const mentions: Mention[] = record.entities
    .filter((e) => e.type === 'person' && e.start >= start && e.end <= end)
    .map((e) => ({ start: e.start, end: e.end, name: e.canonical }));
  for (const name of unlabelled) {
    const word = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu');
    for (let m = word.exec(statement.content.text); m; m = word.exec(statement.content.text)) {
      mentions.push({ start: start + m.index, end: start + m.index + name.length, name });
    }
  }
  if (focus) {
    pronoun.lastIndex = 0;
    for (let m = pronoun.exec(statement.content.text); m; m = pronoun.exec(statement.content.text)) {
      mentions.push({ start: start + m.index, end: start + m.index + m[0].length, name: focus });
    }
  }
  return mentions;
}

/** The subject of a predicate: the nearest mention before it in reach, else the nearest after ('may have killed Vasko Dren'). */
function chooseSubject(text: string, mentions: Mention[], cue: CueMatch): Mention | null {
  const usable = mentions.filter((m) => {
    const after = text.slice(m.end, m.end + 3);
    const owner = possessive.test(after) || /^his$|^her$/iu.test(text.slice(m.start, m.end));
    // 'Baghdadi's aides', 'his deputy' name someone else, unless right before the predicate: 'Dren's death', 'his reported death'.
    if (!owner || m.end > cue.start || cue.start - m.end > possessiveReach) return !owner;
    return !ownedVerb.test(text.slice(m.end, cue.start));
  });
  const before = usable.filter((m) => m.end <= cue.start && cue.start - m.end <= reachBefore).sort((a, b) => b.end - a.end);
  if (before.length) return before[0];
  const after = usable
    .filter((m) => m.start >= cue.end && m.start - cue.end <= reachAfter && !/[,;:.!?]/u.test(text.slice(cue.end, m.start)))
    .sort((a, b) => a.start - b.start);
  return after[0] ?? null;
}

function lastClause(window: string): string {
  let cut = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(window); m; m = clauseBreak.exec(window)) cut = m.index + m[0].length;
  return window.slice(cut);
}

function negationOf(text: string, contentStart: number, cue: CueMatch, subject: Mention): string[] {
  const window = lastClause(text.slice(Math.max(contentStart, cue.start - 60), cue.start));
  const found = negationBefore.exec(window);
  if (found) return [found[1]];
  // 'One of Baghdadi's aides may have been killed rather than Baghdadi himself'.
  if (subject.start >= cue.end) {
    const between = /\b(rather than|instead of|not)\s*$/iu.exec(text.slice(cue.end, subject.start));
    if (between) return [between[1]];
  }
  return [];
}

/** A place is where something happened only behind a preposition: 'killed in Raqqa', 'fled to Baghouz'. */
const placePreposition = /(?:in|near|at|to|from|into|outside|around|inside|across)\s+(?:the\s+)?$/iu;

function nearest<T extends { start: number; end: number }>(items: T[], cue: CueMatch): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = item.start >= cue.end ? item.start - cue.end : cue.start - item.end;
    if (distance >= 0 && distance < bestDistance) [best, bestDistance] = [item, distance];
  }
  return best;
}

/**
 * Reads the propositions of one statement: each predicate cue in the content
 * with its subject (a person), negation, place and stated event time. A
 * statement may hold several ('alive but so seriously injured'); a predicate
 * with no person to hang on ('23 militants were killed') yields nothing.
 */
export function readPropositions(record: ArticleRecord, statement: StoryStatement, focus: string | null, unlabelled: ReadonlySet<string> = new Set()): Proposition[] {
  const { start, end } = statement.content;
  const text = record.text;
  const mentions = findMentions(record, statement, focus, unlabelled);
  if (!mentions.length) return [];
  const places = record.entities.filter((e) => e.type === 'place' && e.start >= start && e.end <= end && placePreposition.test(text.slice(Math.max(0, e.start - 20), e.start)));
  const times = record.times.filter((t) => t.type === 'DATE' && /^\d{4}/.test(t.value) && t.start >= start && t.end <= end);
  const propositions: Proposition[] = [];
  const seen = new Set<string>();
  for (const cue of findCues(statement.content.text, start)) {
    const subject = chooseSubject(text, mentions, cue);
    if (!subject) continue;
    const negation = negationOf(text, start, cue, subject);
    const turned = negation.length > 0 && cue.cue.negatedAs !== undefined;
    const predicate = turned ? cue.cue.negatedAs! : cue.cue.predicate;
    const key = `${nameKey(subject.name)}|${predicate}|${negation.length > 0 && !turned}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const place = nearest(places, cue);
    const time = nearest(times.filter((t) => Math.min(Math.abs(t.start - cue.end), Math.abs(cue.start - t.end)) <= timeReach), cue);
    propositions.push({
      subject: nameKey(subject.name),
      subjectName: subject.name,
      predicate,
      negated: negation.length > 0 && !turned,
      negation,
      cue: { articleId: record.id, statementId: statement.id, text: cue.text, start: cue.start, end: cue.end },
      place: place?.canonical ?? null,
      eventTime: time?.value ?? null,
      relayed: relayBefore.test(text.slice(Math.max(start, cue.start - 80), cue.start)),
    });
  }
  return propositions;
}
