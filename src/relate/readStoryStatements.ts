import type { ArticleRecord } from '../record/articleRecord.js';
import { findOutletAssertions } from './findOutletAssertions.js';
import { isSpeaker, spokenByNoOne } from './isSpeaker.js';
import { resolveDefiniteSpeaker } from './resolveDefiniteSpeaker.js';
import { resolveDescribedSpeaker } from './resolveDescribedSpeaker.js';
import { resolveIssuingSpeaker } from './resolveIssuingSpeaker.js';
import { resolveQuotedFirstPerson } from './resolveQuotedFirstPerson.js';
import type { StoryStatement } from './storyStatement.js';

/**
 * Everything an article says, as the story reads it, in the order of the
 * text: its attributed statements, each with a speaker who can speak (a
 * 'speaker' such as 'which' or 'death' makes the statement the outlet's
 * own; 'the minister' is the person the article names beside it, 'the
 * statement' the body that issued it, 'we' inside a quotation whoever is
 * quoted, 'the colonel' the colonel introduced before), and the
 * outlet's own headline and sentences.
 */
/** Cues of belief: 'believes', 'thinks'. */
const believing = /^(?:believes?|believed|thinks?|thought|expects?|expected|accepts?|accepted)$/iu;

export function readStoryStatements(record: ArticleRecord): StoryStatement[] {
  const inOrder = [...record.statements].sort((a, b) => a.content.start - b.content.start).map((s) => ({ ...s, own: false }));
  const statements = resolveDefiniteSpeaker(resolveQuotedFirstPerson(record, resolveIssuingSpeaker(record, inOrder)));
  const speaks = statements.map((s) => isSpeaker(record, s));
  // '"According to the information available, Dren may have been eliminated," the ministry said': a frame with no
  // speaker inside a speaker's words is theirs, and their statement already holds it; it is not the outlet's own.
  const insideSpeaker = (s: StoryStatement) =>
    statements.some((other, k) => other !== s && speaks[k] && other.content.start <= s.content.start && s.content.end <= other.content.end);
  const attributed = statements.flatMap((s, i) => {
    if (speaks[i]) return [resolveDescribedSpeaker(record, s)];
    // 'No one in the ministry said he was killed' is nobody's word; a belief that no one holds is the outlet's account of
    // it, which its stance reads as a denial ('Nobody who has seen the site believes two hundred people died').
    if (spokenByNoOne(s) && !believing.test(s.cue.text.trim())) return [];
    return insideSpeaker(s) ? [] : [{ ...s, speaker: null, own: true }];
  });
  return [...attributed, ...findOutletAssertions(record)].sort((a, b) => a.content.start - b.content.start);
}
