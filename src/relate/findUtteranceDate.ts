import { readTimeInterval } from '../model/timeInterval.js';
import type { ArticleRecord } from '../record/articleRecord.js';
import type { StoryStatement } from './storyStatement.js';

/**
 * Words that may stand between a reporting cue and the date of the speech
 * act: 'said on Thursday', 'said in March', 'told reporters on 13 March',
 * 'said late last month', 'said, on Friday,'.
 */
const between = /^[\s,]*(?:(?:on|in|at|during|earlier|late|early|back|last|this|reporters|journalists|the\s+press|\w+\s+(?:news|press)\s+agency)[\s,]+)*$/iu;
const reach = 40;
/** What may follow the date of a speech act: 'said on Thursday that', 'said in March, "...', 'said in April.' Not 'said in the last week of July he crossed'. */
const after = /^(?:\s*[,.;:"“”—–-]|\s+that\b|\s*$)/u;

/**
 * A TIMEX3 date value as the last day it covers, '2025-03' -> '2025-03-31':
 * a statement 'said in March' is certainly on record as of 31 March, and the
 * status history says what was on record as of each day. Null when the value
 * is not a calendar day or month. The result is a 'YYYY-MM-DD' date, which
 * compares with the publication date as text.
 */
function lastDay(value: string): string | null {
  const interval = readTimeInterval(value);
  if (!interval || (interval.granularity !== 'day' && interval.granularity !== 'month')) return null;
  return new Date(interval.latest - 86_400_000).toISOString().slice(0, 10);
}

/**
 * When the statement was made, if the article dates the speech act itself
 * and it is before the article's own date: in an August article,
 * 'Kasteria's Defence Ministry said in March that Dren "may have been
 * eliminated"' was said in March, and counts then, not as a fresh assertion
 * in August. Otherwise the article's publication date. Never later than it.
 */
export function findUtteranceDate(record: ArticleRecord, statement: StoryStatement): string | null {
  const published = record.published.value;
  if (!published || statement.own) return published;
  const cueEnd = statement.cue.end;
  // 'A week later, Deputy Defence Minister Lukan Mereth said ...', 'On Thursday, the ministry said ...': the date in front of the speaker.
  for (const time of frontedTime(record, statement)) {
    const day = lastDay(time.value);
    return day !== null && day < published ? day : published;
  }
  for (const time of record.times) {
    if (time.type !== 'DATE' || time.start < cueEnd || time.start - cueEnd > reach) continue;
    if (!between.test(record.text.slice(cueEnd, time.start)) || !after.test(record.text.slice(time.end, time.end + 6))) continue;
    const day = lastDay(time.value);
    return day !== null && day < published ? day : published;
  }
  return published;
}

/**
 * Whether a statement restates an earlier one the article does not date:
 * said in a relative clause about its speaker, 'The Hesran Health
 * Ministry, *which announced on the night of the blast* that at least 212
 * people had been killed, did not respond ...'. It is background to the
 * article's news, not a fresh assertion on its publication date; a dated
 * one ('which said in March that ...') counts on its own date instead. So
 * is a speech act told inside another speaker's words (the article dates
 * the teller's words, not the ones retold), and one dated only relative to
 * the story's events ('A week later, Deputy Defence Minister Lukan Mereth
 * said ...', in a June recap of March).
 */
export function restatesEarlierUtterance(record: ArticleRecord, statement: StoryStatement, utteredOn: string | null): boolean {
  const speaker = statement.speaker;
  if (!speaker || statement.own || utteredOn !== record.published.value || !pastCue.test(statement.cue.text)) return false;
  const inRelativeClause = /^(?:which|who)$/iu.test(speaker.text.trim()) && /,\s*$/u.test(record.text.slice(Math.max(0, speaker.start - 3), speaker.start));
  // Told inside another speaker's words: '"For three months the ministry told us the commander was dead," said Vera Holm'.
  const inOtherWords = record.statements.some((other) => other.id !== statement.id && other.content.start <= statement.cue.start && statement.cue.end <= other.content.end);
  // 'A week later, ... said' in a recap: the time stage, with no earlier date to count from, leaves it unresolved or puts it after the article.
  const afterArticle = (value: string) => {
    const interval = readTimeInterval(value);
    return !interval || interval.earliest >= Date.parse(`${utteredOn}T00:00:00Z`) + 86_400_000;
  };
  return inRelativeClause || inOtherWords || frontedTime(record, statement).some((time) => relativeToStory.test(time.text) && afterArticle(time.value));
}

/** A time told relative to the story's own events, not to the day of the article: 'A week later', 'the next day', 'days earlier'. */
const relativeToStory = /\b(?:later|earlier|afterwards?|next|following|previous|before)\b/iu;

/**
 * The dates written right in front of the speaker or cue: 'On Thursday, the
 * ministry said', 'A week later, Deputy Defence Minister Lukan Mereth said'.
 * Not the last words of the content when the speaker follows it: in 'Dren
 * was severely injured in the strike on Halvek three months ago, the head of
 * intelligence said on Thursday', 'three months ago' dates the strike.
 */
function frontedTime(record: ArticleRecord, statement: StoryStatement): ArticleRecord['times'] {
  const speakerStart = Math.min(statement.speaker?.start ?? statement.cue.start, statement.cue.start);
  const inContent = (time: ArticleRecord['times'][number]) => statement.content.start <= time.start && time.end <= statement.content.end;
  return record.times.filter((time) => time.type === 'DATE' && time.end <= speakerStart && speakerStart - time.end <= 3 && /^[\s,]*$/u.test(record.text.slice(time.end, speakerStart)) && !inContent(time));
}

/** A speech act in the past tense: 'said', 'announced', 'had claimed'. */
const pastCue = /\b(?:said|announced|reported|claimed|stated|told|insisted|declared|had\s+\w+ed)\b/iu;
