import type { ArticleRecord } from '../../record/articleRecord.js';
import { chunkNouns, type Chunk } from '../parse/chunkNouns.js';
import { parseText, type Token } from '../../analyze/segment/parseText.js';
import { repairTags } from '../parse/repairTags.js';
import { verbLemma } from '../../analyze/statements/wordClass.js';
import type { StoryStatement } from '../storyStatement.js';

/**
 * Verbs whose infinitive is their own subject's deed (subject control):
 * 'Apple plans to shut down Beats Music' is Apple shutting it down; 'Russia
 * vowed to retaliate' is Russia retaliating. Not 'told', 'asked', 'ordered',
 * 'urged': there the infinitive is the listener's ('told developers to limit
 * features'); nor 'refused', 'failed', 'declined', which deny the deed ('the
 * ministry refused to confirm the toll' is no confirmation).
 */
const subjectControlCues = new Set([
  'plan', 'want', 'decide', 'expect', 'agree', 'threaten', 'hope', 'intend', 'aim', 'attempt', 'vow', 'pledge',
  'promise', 'offer', 'try', 'prepare', 'seek', 'swear', 'undertake', 'propose', 'resolve',
]);

/**
 * Verbs whose gerund is their own subject's deed: 'Doctor denies *taking* a
 * selfie' is the doctor (not) taking it; 'the army admitted *killing*
 * civilians'.
 */
const gerundCues = new Set(['deny', 'admit', 'acknowledge', 'confirm', 'recall', 'regret', 'concede', 'describe', 'remember']);

/**
 * The speaker as the subject of a statement whose content opens with an
 * infinitive after a verb of intent, or a gerund after a verb of admission
 * ('the doctor denies taking a selfie'): in 'Apple plans to shut down Beats
 * Music' the attribution stage reads speaker 'Apple', cue 'plans' and
 * content 'to shut down Beats Music', whose own words name no subject. The
 * phrase lies outside the content's tokens, so its first and last are -1.
 * Null for any other statement.
 *
 * A pronoun that opens the content is not read as the speaker: 'the Russian
 * military says it may have killed al-Baghdadi' would then name the
 * military as the killer, and grouping (which keeps apart claims with
 * different agents) would split it from 'killed in an airstrike'.
 */
export function speakerAsSubject(record: ArticleRecord, statement: StoryStatement, tokens: Token[]): Chunk | null {
  const speaker = statement.speaker;
  if (!statement.own && !speaker && statement.rule === 'impersonal-passive') return raisedSubject(record, statement, tokens);
  if (statement.own || !speaker || speaker.end > statement.content.start) return null;
  const infinitive = tokens[0]?.lower === 'to' && tokens[1]?.pos === 'VERB';
  // The tagger may read a gerund with an object as an adjective ('denies *taking* selfie'); the clause reader makes it the verb.
  const gerund = ['VERB', 'ADJ', 'NOUN'].includes(tokens[0]?.pos ?? '') && /\p{L}{2}ing$/u.test(tokens[0].lower) && verbLemma(tokens[0].lower) !== null;
  if (!infinitive && !gerund) return null;
  const cue = repairTags(parseText(record.text, statement.cue.start, statement.cue.end, [])).find((t) => t.pos === 'VERB' || t.pos === 'NOUN');
  if (!cue || !(infinitive ? subjectControlCues : gerundCues).has(cue.lemma)) return null;
  const names = record.entities.filter((e) => e.start >= speaker.start && e.end <= speaker.end);
  const chunk = chunkNouns(repairTags(parseText(record.text, speaker.start, speaker.end, names)))[0];
  return chunk && chunk.head.pos !== 'PRON' ? { ...chunk, first: -1, last: -1 } : null;
}

/** How far back the subject of a passive cue is looked for. */
const subjectReach = 120;

/**
 * The subject of a passive cue is its infinitive's: 'Tesla *is said to* have
 * chosen Nevada' is Tesla choosing it, reportedly; 'civilians are also
 * believed to be inside'; the headline 'Tesla Said to Select Nevada'. The
 * noun phrase that ends right before the cue, within its paragraph; not a
 * pronoun or a relative ('who is believed to be a veteran').
 */
function raisedSubject(record: ArticleRecord, statement: StoryStatement, tokens: Token[]): Chunk | null {
  if (tokens[0]?.lower !== 'to' || tokens[1]?.pos !== 'VERB') return null;
  const paragraph = record.paragraphs.find((p) => p.start <= statement.cue.start && statement.cue.start < p.end);
  const from = Math.max(paragraph?.start ?? 0, statement.cue.start - subjectReach);
  const names = record.entities.filter((e) => e.start >= from && e.end <= statement.cue.start);
  const chunk = chunkNouns(repairTags(parseText(record.text, from, statement.cue.start, names))).at(-1);
  if (!chunk || /\S/u.test(record.text.slice(chunk.end, statement.cue.start)) || chunk.head.pos === 'PRON' || /^(?:who|which|that)$/u.test(chunk.head.lower)) return null;
  return { ...chunk, first: -1, last: -1 };
}
