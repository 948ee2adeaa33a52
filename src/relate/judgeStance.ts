import {
  doubtPhrases, doubtVerbs, denyVerbs, falsifiers, hypotheticalFrames, rejectedRelayFrame, relayingSpeakers, retractionFrames, selfDisclaimers, strongHedges, wordPattern,
} from '../stance/stanceCues.js';
import { opposes } from './relationRules.js';
import type { StoryStatement } from './storyStatement.js';
import type { Proposition, Stance } from './types.js';

export interface StanceJudgement {
  stance: Stance;
  words: string[];
  hedged: boolean;
  rule: string;
}

const doubt = wordPattern(doubtPhrases);
const falsifier = wordPattern(falsifiers);
const denyVerb = wordPattern(denyVerbs);
/** A claim relayed and rejected in the same breath, the frame ending right before it (stanceCues.ts). */
const rejectedRelay = new RegExp(`${rejectedRelayFrame}[^.;:!?]*$`, 'iu');
const rejectedRelayReach = 160;
const doubtVerb = wordPattern(doubtVerbs);
const relayingSpeaker = new RegExp(`^(?:the |new |recent |some )*(?:${relayingSpeakers.join('|')})$`, 'iu');
const strongHedge = wordPattern(strongHedges);
/** In running text the case matters: 'may have' hedges, 'in May' does not. */
const strongHedgeInText = new RegExp(`(?<![\\p{L}])(?:${strongHedges.join('|')})(?![\\p{L}])`, 'u');
const hypothetical = wordPattern(hypotheticalFrames);
const disclaimer = wordPattern(selfDisclaimers);
const retraction = wordPattern(retractionFrames);
/** Verbs of belief whose negation moves to the content ('I do not think he is dead' = he is not dead). */
const cueNegationReach = 12;
/** How far after the clause a verdict on it may stand: 'did not turn out to be true', 'is too high'. */
const falsifierReach = 40;
const beliefVerb = /^(?:think|thinks|thought|believe|believes|believed|expect|expects|expected|suppose|supposes|supposed)$/iu;
/** 'nobody ... believes', 'no one thinks': a belief frame whose subject is no one, just before the clause. */
const noOneBelieves = /(?<!\p{L})(nobody|no one|no-one|none of (?:us|them|those))(?![\p{L}])[^.;!?]{0,60}?(?<!\p{L})(believes?|thinks?|expects?|accepts?)\s+(?:that\s+)?["“]?$/iu;
const noOneReach = 100;
/** How far before the predicate a retraction frame may start: 'revising its earlier assessment that he had most likely been killed'. */
const retractionReach = 120;

function found(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0] ?? null;
}

/**
 * The stance of a statement toward one of its propositions, with the words
 * that decided it. Rules run in order, the first that fires decides:
 * a relaying speaker ('according to new reports') reports; so does a
 * hypothetical ('if confirmed, his death would mark ...'), and a guess
 * its speaker calls one ('... may have been hurt. But that is a guess.'); a claim the
 * speaker withdraws ('revising its earlier assessment that he had been
 * killed') is denied; withheld belief
 * ('no confirmation', 'could not corroborate') doubts; a relayed claim the
 * statement calls wrong, or contradicts in the same breath ('still alive,
 * so the claim that he was dead was wrong'), is denied; a negated predicate
 * is denied, or doubted when hedged ('may have been killed rather than
 * Baghdadi'); denying and doubting verbs; a relay frame ('his reported
 * death') reports; otherwise the statement asserts, hedged or not.
 */
export function judgeStance(text: string, statement: StoryStatement, proposition: Proposition, siblings: Proposition[]): StanceJudgement {
  const content = statement.content.text;
  const hedgeWords = statement.hedges.map((h) => h.text);
  if (statement.own) {
    const own = found(strongHedgeInText, content);
    if (own) hedgeWords.push(own);
  }
  // 'Tesla *is said to* have chosen Nevada', 'civilians are *believed to* be inside': what no one is named as saying is hedged.
  if (statement.rule === 'impersonal-passive' && !statement.speaker) hedgeWords.push(statement.cue.text);
  const hedged = hedgeWords.length > 0;
  const speaker = statement.speaker?.text ?? '';
  if (speaker && relayingSpeaker.test(speaker.trim())) return { stance: 'reports', words: [speaker], hedged, rule: 'relaying-speaker' };
  // An error reported as one, from just before the cue ('the Russians *mistakenly thought* he had been killed' frames the
  // content with its cue), and before any hypothetical: '... the confusion about *whether* he was alive' later in the
  // sentence does not make the error a question.
  const frameStart = Math.min(statement.content.start, statement.cue.end > statement.cue.start ? Math.max(0, statement.cue.start - 20) : statement.content.start);
  const before = text.slice(Math.max(frameStart, proposition.trigger.start - retractionReach), proposition.trigger.start);
  const withdrawnAt = retraction.exec(before);
  // Up to a question of its own: in '... mistakenly thought he had been killed, given the confusion about whether he was
  // alive', 'alive' is what the sentence wonders about, not the error.
  const withdrawn = withdrawnAt && !hypothetical.test(before.slice(withdrawnAt.index + withdrawnAt[0].length)) ? withdrawnAt[0] : null;
  if (withdrawn) return { stance: 'denies', words: [withdrawn], hedged, rule: 'retracted' };
  // A question asks, it does not say: 'Is Vasko Dren alive?'.
  const supposed = found(hypothetical, content) ?? (/\?["'”’]?\s*$/u.test(content) ? '?' : null);
  if (supposed) return { stance: 'reports', words: [supposed], hedged, rule: 'hypothetical' };
  // A guess its speaker calls one puts nothing forward and contests nothing: 'he may have been hurt. But that is a guess.'
  const disowned = found(disclaimer, content);
  if (disowned) return { stance: 'reports', words: [disowned], hedged: true, rule: 'self-disclaimed' };
  // A belief no one holds is denied: '"Nobody who has seen the site believes two hundred people died," he said'.
  const heldByNoOne = noOneBelieves.exec(text.slice(Math.max(0, proposition.clause.start - noOneReach), proposition.clause.start));
  if (heldByNoOne) return { stance: 'denies', words: [heldByNoOne[1], heldByNoOne[2]], hedged: true, rule: 'believed-by-no-one' };
  const doubtWords = found(doubt, content) ?? hedgeWords.map((h) => found(doubt, h)).find((h) => h !== null) ?? null;
  if (doubtWords) return { stance: 'doubts', words: [doubtWords], hedged, rule: 'doubt-phrase' };
  // Whether or not the relay frame is one the proposition reader knows ('accusations by Hesran officials that').
  const rejecting = rejectedRelay.exec(text.slice(Math.max(statement.content.start, proposition.trigger.start - rejectedRelayReach), proposition.trigger.start));
  if (rejecting) return { stance: 'denies', words: [rejecting[1]], hedged, rule: 'relay-rejected' };
  if (proposition.relayed) {
    const after = text.slice(proposition.trigger.end, statement.content.end);
    const wrong = found(falsifier, after);
    if (wrong) return { stance: 'denies', words: [wrong], hedged, rule: 'relayed-and-called-false' };
    const rival = siblings.find((s) => s.subject === proposition.subject && !s.relayed && !s.negated && opposes(s, proposition));
    if (rival) return { stance: 'denies', words: [rival.trigger.text], hedged, rule: 'contradicted-in-statement' };
  }
  // 'at least 212 people were killed did not turn out to be true'; 'the figure of 212 ... is too high': called false right after it is stated.
  // Up to the next clause only: 'Dren was killed in the strike, and rumours of a ceasefire are wrong' does not call the killing false.
  const after = text.slice(proposition.clause.end, Math.min(statement.content.end, proposition.clause.end + falsifierReach)).split(/[,;]|\b(?:and|but)\b/u)[0];
  // The words that carry the proposition may be a verdict on what it states, read from elsewhere: a count ('called the
  // ministry's toll "grossly *inflated*"'), or an earlier claim an answer points back to ('I was dead, and they *lied*
  // about that'). Not when the verdict is the predicate itself: 'Kasteria *lied*' says something of Kasteria.
  const trigger = proposition.trigger.text;
  const verdict = proposition.predicateText.includes(trigger) ? null : found(falsifier, trigger);
  const calledFalse = found(falsifier, after) ?? found(falsifier, proposition.predicateText) ?? verdict;
  if (calledFalse) return { stance: 'denies', words: [calledFalse], hedged, rule: 'called-false' };
  if (proposition.negated) {
    const hedge = hedgeWords.map((h) => found(strongHedge, h)).find((h) => h !== null) ?? found(strongHedgeInText, content);
    if (hedge) return { stance: 'doubts', words: [...proposition.negation, hedge], hedged, rule: 'negated-hedged' };
    return { stance: 'denies', words: proposition.negation, hedged, rule: 'negated' };
  }
  const cue = statement.cue.text;
  // A negation on the cue itself, not in the content: "I do not think Dren is dead" says he is not;
  // "did not confirm that he was killed" withholds belief.
  const cueNegation = statement.negation.filter((n) => n.end <= statement.cue.start && statement.cue.start - n.end <= cueNegationReach);
  // ... or inside a passive cue: 'Dren *was not believed* to have been in Halvek'.
  const inCue = /\b(?:not|never)\b|n['’]t\b/iu.exec(cue)?.[0];
  if (cueNegation.length || inCue) {
    const negation = inCue ? [inCue] : cueNegation.map((n) => n.text);
    if (beliefVerb.test(cue)) return { stance: 'denies', words: [...negation, cue], hedged: true, rule: 'negated-belief' };
    return { stance: 'doubts', words: [...negation, cue], hedged, rule: 'negated-cue' };
  }
  const deny = found(denyVerb, cue);
  if (deny) return { stance: 'denies', words: [deny], hedged, rule: 'deny-verb' };
  const doubting = found(doubtVerb, cue);
  if (doubting) return { stance: 'doubts', words: [doubting], hedged, rule: 'doubt-verb' };
  if (proposition.relayed) return { stance: 'reports', words: [], hedged, rule: 'relay-frame' };
  return { stance: 'asserts', words: hedgeWords, hedged, rule: hedged ? 'asserts-hedged' : 'asserts' };
}
