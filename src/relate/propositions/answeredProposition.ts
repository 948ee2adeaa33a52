import { denyVerbs, doubtPhrases, doubtVerbs, falsifiers, wordPattern } from '../../stance/stanceCues.js';
import type { StoryStatement } from '../storyStatement.js';
import type { Proposition } from '../types.js';

const withheld = wordPattern([...doubtPhrases, ...falsifiers]);
const answeringCue = wordPattern([...denyVerbs, ...doubtVerbs]);
/** How far back an answer may look for what it answers: about two paragraphs. */
const answerReach = 700;

/**
 * The proposition a statement answers without naming it: 'The Pentagon
 * said it had no supporting information to corroborate those reports',
 * 'the death was being verified through various channels', 'Lavrov said
 * there was no 100 percent confirmation'. Such a statement doubts or
 * denies the nearest claim before it in the article (its discourse
 * antecedent, within about two paragraphs), so it is read as a statement
 * about that proposition, its trigger the words that doubt or deny.
 * Null when the statement neither doubts nor denies, or nothing precedes it.
 */
export function answeredProposition(statement: StoryStatement, earlier: readonly Proposition[]): Proposition | null {
  const content = statement.content;
  const inContent = withheld.exec(content.text);
  const inCue = inContent ? null : answeringCue.exec(statement.cue.text);
  if (!inContent && !inCue) return null;
  let antecedent: Proposition | null = null;
  for (let i = earlier.length - 1; i >= 0 && !antecedent; i -= 1) {
    const p = earlier[i];
    if (p.trigger.end <= content.start && content.start - p.trigger.end <= answerReach && !p.negated) antecedent = p;
  }
  if (!antecedent) return null;
  const trigger = inContent
    ? { ...antecedent.trigger, statementId: statement.id, text: inContent[0], start: content.start + inContent.index, end: content.start + inContent.index + inContent[0].length }
    : { ...antecedent.trigger, statementId: statement.id, text: inCue![0], start: statement.cue.start + inCue!.index, end: statement.cue.start + inCue!.index + inCue![0].length };
  return { ...antecedent, trigger, clause: { start: content.start, end: content.end }, relayed: false, negated: false, negation: [], modality: [], eventTime: null };
}
