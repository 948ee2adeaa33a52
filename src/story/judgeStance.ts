import { doubtPhrases, doubtVerbs, denyVerbs, falsifiers, hypotheticalFrames, relayingSpeakers, strongHedges } from './stanceCues.js';
import { opposes } from './relationRules.js';
import type { StoryStatement } from './storyStatement.js';
import type { Proposition, Stance } from './types.js';

export interface StanceJudgement {
  stance: Stance;
  words: string[];
  hedged: boolean;
  rule: string;
}

const words = (sources: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${sources.join('|')})(?![\\p{L}])`, 'iu');
const doubt = words(doubtPhrases);
const falsifier = words(falsifiers);
const denyVerb = words(denyVerbs);
const doubtVerb = words(doubtVerbs);
const relayingSpeaker = new RegExp(`^(?:the |new |recent |some )*(?:${relayingSpeakers.join('|')})$`, 'iu');
const strongHedge = words(strongHedges);
/** In running text the case matters: 'may have' hedges, 'in May' does not. */
const strongHedgeInText = new RegExp(`(?<![\\p{L}])(?:${strongHedges.join('|')})(?![\\p{L}])`, 'u');
const hypothetical = words(hypotheticalFrames);

function found(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0] ?? null;
}

/**
 * The stance of a statement toward one of its propositions, with the words
 * that decided it. Rules run in order, the first that fires decides:
 * a relaying speaker ('according to new reports') reports; so does a
 * hypothetical ('if confirmed, his death would mark ...'); withheld belief
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
  const hedged = hedgeWords.length > 0;
  const speaker = statement.speaker?.text ?? '';
  if (speaker && relayingSpeaker.test(speaker.trim())) return { stance: 'reports', words: [speaker], hedged, rule: 'relaying-speaker' };
  // A question asks, it does not say: 'Is Vasko Dren alive?'.
  const supposed = found(hypothetical, content) ?? (/\?["'”’]?\s*$/u.test(content) ? '?' : null);
  if (supposed) return { stance: 'reports', words: [supposed], hedged, rule: 'hypothetical' };
  const doubtWords = found(doubt, content) ?? hedgeWords.map((h) => found(doubt, h)).find((h) => h !== null) ?? null;
  if (doubtWords) return { stance: 'doubts', words: [doubtWords], hedged, rule: 'doubt-phrase' };
  if (proposition.relayed) {
    const after = text.slice(proposition.cue.end, statement.content.end);
    const wrong = found(falsifier, after);
    if (wrong) return { stance: 'denies', words: [wrong], hedged, rule: 'relayed-and-called-false' };
    const rival = siblings.find((s) => s.subject === proposition.subject && !s.relayed && !s.negated && opposes(s.predicate, proposition.predicate));
    if (rival) return { stance: 'denies', words: [rival.cue.text], hedged, rule: 'contradicted-in-statement' };
  }
  if (proposition.negated) {
    const hedge = hedgeWords.map((h) => found(strongHedge, h)).find((h) => h !== null) ?? found(strongHedgeInText, content);
    if (hedge) return { stance: 'doubts', words: [...proposition.negation, hedge], hedged, rule: 'negated-hedged' };
    return { stance: 'denies', words: proposition.negation, hedged, rule: 'negated' };
  }
  const cue = statement.cue.text;
  const deny = found(denyVerb, cue);
  if (deny) return { stance: 'denies', words: [deny], hedged, rule: 'deny-verb' };
  const doubting = found(doubtVerb, cue);
  if (doubting) return { stance: 'doubts', words: [doubting], hedged, rule: 'doubt-verb' };
  if (proposition.relayed) return { stance: 'reports', words: [], hedged, rule: 'relay-frame' };
  return { stance: 'asserts', words: hedgeWords, hedged, rule: hedged ? 'asserts-hedged' : 'asserts' };
}
