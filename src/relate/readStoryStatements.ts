import type { ArticleRecord } from '../record/articleRecord.js';
import { findOutletAssertions } from './findOutletAssertions.js';
import { isSpeaker } from './isSpeaker.js';
import { resolveDescribedSpeaker } from './resolveDescribedSpeaker.js';
import type { StoryStatement } from './storyStatement.js';

/**
 * Everything an article says, as the story reads it, in the order of the
 * text: its attributed statements, each with a speaker who can speak (a
 * 'speaker' such as 'which' or 'death' makes the statement the outlet's
 * own; 'the minister' is the person the article names beside it), and the
 * outlet's own headline and sentences.
 */
export function readStoryStatements(record: ArticleRecord): StoryStatement[] {
  // '"According to the information available, Dren may have been eliminated," the ministry said': a frame with no
  // speaker inside a speaker's words is theirs, and their statement already holds it; it is not the outlet's own.
  const insideOther = (s: ArticleRecord['statements'][number]) =>
    record.statements.some((other) => other !== s && other.content.start <= s.content.start && s.content.end <= other.content.end && isSpeaker(record, { ...other, own: false }));
  const attributed = record.statements
    .map((s) => ({ ...s, own: false }))
    .filter((s) => isSpeaker(record, s) || !insideOther(s))
    .map((s) => (isSpeaker(record, s) ? resolveDescribedSpeaker(record, s) : { ...s, speaker: null, own: true }));
  return [...attributed, ...findOutletAssertions(record)].sort((a, b) => a.content.start - b.content.start);
}
