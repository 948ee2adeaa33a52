import type { ArticleRecord } from '../../record/articleRecord.js';
import { estimateStance, prepareText, type PreparedClaim, type PreparedText, type StanceEstimate } from '../../stance/estimateStance.js';
import type { Stance } from '../../model/vocabulary.js';
import { attributeStatement } from '../attributeStatement.js';
import { findUtteranceDate } from '../findUtteranceDate.js';
import { readStoryStatements } from '../readStoryStatements.js';
import { denyVerbs, doubtPhrases, hypotheticalFrames, relayingSpeakers, wordPattern } from '../stanceCues.js';
import type { StoryStatement } from '../storyStatement.js';
import type { Attribution } from '../types.js';

/**
 * How likely a text must bear on the claim to count. The judge's
 * `related` is a probability; half is where it is as likely as not.
 */
export const bearsThreshold = 0.5;

/** One statement or sentence of an article, made ready once for every claim it is checked against. */
export interface CheckUnit {
  statement: StoryStatement;
  /** The whole sentence the judge reads: speaker, cue and content ('ISIS denied that Baghdadi was killed'). */
  span: { start: number; end: number };
  prepared: PreparedText;
  attribution: Attribution;
  reportedOn: string | null;
}

/**
 * An article's statements and sentences, read the first time a claim bears
 * on the article as a whole: most candidate articles do not, and their
 * sentences need never be read.
 */
export interface PreparedArticle {
  record: ArticleRecord;
  units: () => CheckUnit[];
}

export interface JudgedUnit {
  unit: CheckUnit;
  estimate: StanceEstimate;
  stance: Stance;
  confidence: number;
  words: string[];
  decidedBy: 'model' | 'rule';
  rule: string | null;
}

export interface ArticleJudgement {
  record: ArticleRecord;
  related: number;
  stance: Stance;
  confidence: number;
  /** The units that bear on the claim, in article order. */
  evidence: JudgedUnit[];
}

const doubt = wordPattern(doubtPhrases);
const denyVerb = wordPattern(denyVerbs);
const hypothetical = wordPattern(hypotheticalFrames);
const relayingSpeaker = new RegExp(`^(?:the |new |recent |some )*(?:${relayingSpeakers.join('|')})$`, 'iu');
/** A negated cue withholds belief: 'did not confirm that he was killed', 'would not say whether'. */
const negatedCueReach = 12;

/** The units an article offers: its statements and the outlet's own sentences, each as the sentence the judge reads. */
function readUnits(record: ArticleRecord): CheckUnit[] {
  const places = new Set(record.entities.filter((e) => e.type === 'place').map((e) => e.canonical.toLowerCase()));
  return readStoryStatements(record).map((statement): CheckUnit => {
    const spans = [statement.content, ...(statement.cue.end > statement.cue.start ? [statement.cue] : []), ...(statement.speaker ? [statement.speaker] : [])];
    const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    return {
      statement,
      span,
      prepared: prepareText(record.text.slice(span.start, span.end)),
      attribution: attributeStatement(record, statement, places),
      reportedOn: findUtteranceDate(record, statement),
    };
  });
}

export function prepareArticle(record: ArticleRecord): PreparedArticle {
  let units: CheckUnit[] | null = null;
  return { record, units: () => (units ??= readUnits(record)) };
}

/**
 * The attribution stage's evidence on top of the judge's reading, first
 * that fires: a relaying speaker ('according to new reports') or a
 * hypothetical ('if confirmed, his death would ...') only reports; withheld
 * belief ('no 100 percent confirmation', 'could not independently verify',
 * a negated cue as in 'did not confirm that he was killed') doubts — the
 * judge learned no 'doubts' of its own, FNC-1 and Emergent have none.
 */
function applyRules(unit: CheckUnit, estimate: StanceEstimate): JudgedUnit {
  const judged: JudgedUnit = { unit, estimate, stance: estimate.stance, confidence: estimate.confidence, words: estimate.words, decidedBy: estimate.decidedBy, rule: null };
  const { statement } = unit;
  const ruled = (stance: Stance, words: string[], rule: string): JudgedUnit => ({ ...judged, stance, words, decidedBy: 'rule', rule });
  if (statement.speaker && relayingSpeaker.test(statement.speaker.text.trim())) return ruled('reports', [statement.speaker.text], 'relaying-speaker');
  const supposed = hypothetical.exec(statement.content.text)?.[0];
  if (supposed) return ruled('reports', [supposed], 'hypothetical');
  if (estimate.stance === 'denies') return judged;
  const withheld = doubt.exec(statement.content.text)?.[0];
  if (withheld) return ruled('doubts', [withheld], 'doubt-phrase');
  const negatedCue = statement.negation.find((n) => n.end <= statement.cue.start && statement.cue.start - n.end <= negatedCueReach);
  if (negatedCue) return ruled('doubts', [negatedCue.text, statement.cue.text], 'negated-cue');
  return judged;
}

/**
 * A doubt or denial that does not name what it answers ('There is no
 * supporting information to corroborate those reports', 'the information
 * is being verified through various channels') answers the claim the
 * sentences just before it bear on.
 */
function answersEarlier(unit: CheckUnit): { stance: Stance; words: string[] } | null {
  const { statement } = unit;
  const withheld = doubt.exec(statement.content.text)?.[0];
  if (withheld) return { stance: 'doubts', words: [withheld] };
  const denied = denyVerb.exec(statement.cue.text)?.[0];
  if (denied) return { stance: 'denies', words: [denied] };
  return null;
}

/** How many units after one that bears on the claim an unnamed answer may stand. */
const answerReach = 2;

/**
 * Whether an article bears on a stated claim and how, given the judge's
 * reading of the whole article (as FNC-1 reads a body against a headline):
 * each statement or sentence is judged for the evidence, and an article
 * bears on the claim when the whole does and at least one sentence does, so
 * an article that only shares the claim's words in passing is left out.
 * Null when it does not bear on it.
 */
export function judgeArticle(claim: PreparedClaim, whole: StanceEstimate, article: PreparedArticle): ArticleJudgement | null {
  if (whole.related < bearsThreshold) return null;
  const evidence: JudgedUnit[] = [];
  let lastBearing = -Infinity;
  article.units().forEach((unit, index) => {
    const estimate = estimateStance(claim, unit.prepared);
    if (estimate.related >= bearsThreshold) {
      evidence.push(applyRules(unit, estimate));
      lastBearing = index;
      return;
    }
    const answer = index - lastBearing <= answerReach ? answersEarlier(unit) : null;
    if (answer) evidence.push({ unit, estimate, stance: answer.stance, confidence: estimate.confidence, words: answer.words, decidedBy: 'rule', rule: 'answers-earlier-claim' });
  });
  if (!evidence.length) return null;
  // The judge has no 'doubts': an article it reads as reporting, whose evidence mostly withholds belief, doubts.
  const doubting = evidence.filter((e) => e.stance === 'doubts').length;
  const stance: Stance = whole.stance === 'reports' && doubting * 2 > evidence.length ? 'doubts' : whole.stance;
  return { record: article.record, related: whole.related, stance, confidence: whole.confidence, evidence };
}
