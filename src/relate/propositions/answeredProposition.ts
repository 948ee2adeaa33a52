import { denyVerbs, doubtPhrases, doubtVerbs, falsifiers, wordPattern } from '../../stance/stanceCues.js';
import type { StoryStatement } from '../storyStatement.js';
import type { Proposition, Quantity } from '../types.js';
import { nameKey } from '../nameKey.js';
import { knownClassNamedIn } from './predicateClasses.js';

const withheld = wordPattern([...doubtPhrases, ...falsifiers]);
const answeringCue = wordPattern([...denyVerbs, ...doubtVerbs]);
const falsifier = wordPattern(falsifiers);
/** How far back an answer may look for what it answers: about two paragraphs. */
const answerReach = 700;

/** A person the article names, where it names them. */
export interface Named {
  canonical: string;
  start: number;
  end: number;
}

/** Words an answer may open with that say nothing of what it judges: 'it had', 'there was', 'those reports were'. */
const pointingWords = new Set(['it', 'its', 'that', 'this', 'these', 'those', 'they', 'them', 'he', 'she', 'we', 'i', 'you', 'there', 'the', 'a', 'an', 'was', 'is', 'were', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'and', 'but', 'so', 'all', 'such', 'reports', 'report', 'claim', 'claims', 'account', 'accounts', 'story', 'rumours', 'rumors', 'still', 'also', 'which', 'what', 'said', 'says', 'say', 'about']);

/** Whether text holds a subject's key as a word: 'hospital' in 'reports of damage to the hospital'. */
const mentions = (text: string, key: string): boolean => new RegExp(`(?<![\\p{L}])${key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

/** Whether words before a verdict name something of their own: 'Not at the depot that night', not 'it had' or 'those reports were'. */
const namesSomething = (text: string): boolean => (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => !pointingWords.has(word) && word !== 'not');

/**
 * The proposition a statement answers without naming it: 'The Pentagon
 * said it had no supporting information to corroborate those reports',
 * 'the death was being verified through various channels', 'Lavrov said
 * there was no 100 percent confirmation'. Such a statement doubts or
 * denies the nearest claim before it in the article (its discourse
 * antecedent, within about two paragraphs), so it is read as a statement
 * about that proposition, its trigger the words that doubt or deny.
 * When its own words name a kind of claim ('Killed in the strike: wrong'), the
 * antecedent is the nearest claim of that kind. Null when the statement
 * neither doubts nor denies, or nothing fitting precedes it.
 */
export function answeredProposition(statement: StoryStatement, earlier: readonly Proposition[], people: readonly Named[] = []): Proposition | null {
  const content = statement.content;
  const inContent = withheld.exec(content.text);
  const inCue = inContent ? null : answeringCue.exec(statement.cue.text);
  if (!inContent && !inCue) return null;
  // What the answer names of what it judges, when it names anything: 'Killed in the strike: wrong', 'I was dead, and
  // they lied about that' judge a killing, not whatever was said just before ('he is on their side of the line').
  // Only words before the verdict name what it judges: in 'unable to verify the authenticity of the recording or the
  // date it was filmed', what follows is what could not be checked, and the doubt answers what the recording said.
  const before = inContent ? content.text.slice(0, inContent.index) : '';
  const judged = knownClassNamedIn(before);
  // A verdict of false on words no claim has ('Not at the depot that night: wrong') points back to nothing.
  if (!judged && inContent && falsifier.test(inContent[0]) && namesSomething(before)) return null;
  // ... and of whom, when it names someone: 'Dren "may have been eliminated" ... being checked' is about Dren, not the deputy killed just before.
  const verdictAt = inContent ? content.start + inContent.index : content.end;
  const whom = new Set(people.filter((p) => p.start >= content.start && p.end <= verdictAt).map((p) => nameKey(p.canonical)));
  // ... or of what: 'reports of damage to the hospital "fabricated"' judges damage to the hospital, not to the depot.
  for (const p of earlier) if (p.subjectKind !== 'person' && p.subjectKind !== 'event' && p.subjectKind !== 'quantity' && judged && mentions(before, p.subject)) whom.add(p.subject);
  let antecedent: Proposition | null = null;
  for (let i = earlier.length - 1; i >= 0 && !antecedent; i -= 1) {
    const p = earlier[i];
    // An answer that names the kind judges the article's last claim of that kind, however far back it was made.
    const near = judged ? p.predicate === judged && (!whom.size || whom.has(p.subject)) : content.start - p.trigger.end <= answerReach;
    // Its own words state the claim ('Killed in the strike'), so an antecedent that denied it ('did not die') will do.
    if (p.trigger.end <= content.start && near && (judged || !p.negated)) antecedent = p;
  }
  if (!antecedent) return null;
  const trigger = inContent
    ? { ...antecedent.trigger, statementId: statement.id, text: inContent[0], start: content.start + inContent.index, end: content.start + inContent.index + inContent[0].length }
    : { ...antecedent.trigger, statementId: statement.id, text: inCue![0], start: statement.cue.start + inCue!.index, end: statement.cue.start + inCue!.index + inCue![0].length };
  return { ...antecedent, trigger, clause: { start: content.start, end: content.end }, relayed: false, negated: false, negation: [], modality: [], eventTime: null };
}

/** Where the sentence holding `from` ends: its full stop (not a decimal point), or the end of its line. */
function sentenceEndAfter(text: string, from: number): number {
  const stop = /[.!?](?=\s|$)|\n/u.exec(text.slice(from));
  return stop ? from + stop.index : text.length;
}

/** Words for a count of the dead that may stand without its figure: 'the early death toll was too high'. */
const countWords = new Set(['toll', 'tally', 'figure', 'count', 'number', 'estimate']);

/**
 * A verdict on a count that gives no figure of its own judges the last
 * figure the article gave: 'the early death toll given for last week's
 * blast was too high', after the headline's 'toll of 212', denies the 212,
 * not the '80 to 100' the same sentence goes on to give.
 * Returns the proposition as it was when it is no such verdict, or the
 * article gave no figure before it.
 */
export function figurelessVerdict(text: string, proposition: Proposition, earlier: readonly Proposition[], siblings: readonly Proposition[]): Proposition {
  if (proposition.quantity || !countWords.has(proposition.subject)) return proposition;
  const { start, end } = proposition.clause;
  const verdict = falsifier.exec(text.slice(start, end));
  if (!verdict) return proposition;
  // Not a figure the same words give as their own: 'was too high, estimating that between 80 and 100 had been killed',
  // whether read with the verdict or as the next statement of its sentence.
  const own = new Set(siblings.flatMap((p) => (p.quantity ? [`${p.quantity.low}..${p.quantity.high}`] : [])));
  const restOfSentence = text.slice(end, sentenceEndAfter(text, end));
  const givesAfter = (q: Quantity): boolean => (q.low !== null || q.high !== null) && [q.low, q.high].every((n) => n === null || new RegExp(`(?<![\\d.,])${n}(?![\\d]|[.,]\\d)`, 'u').test(restOfSentence));
  const figure = [...earlier].reverse().find((p) => p.quantity && p.subjectKind === 'quantity' && p.trigger.end <= proposition.trigger.start && !own.has(`${p.quantity.low}..${p.quantity.high}`) && !givesAfter(p.quantity));
  if (!figure) return proposition;
  // The verdict's words carry it ('too high'), so the stance reads them as a verdict on the figure.
  const trigger = { ...proposition.trigger, text: verdict[0], start: start + verdict.index, end: start + verdict.index + verdict[0].length };
  return { ...figure, trigger, clause: proposition.clause, relayed: false, negated: false, negation: [], modality: proposition.modality, eventTime: figure.eventTime };
}
