import { spanIndex } from '../spans/spanIndex.js';
import type { AnalyzedDocument, Span, Stage, Statement } from '../types.js';
import { withoutAttributiveCues } from './attributiveCues.js';
import { continueQuotes } from './continueQuotes.js';
import { findQuotes } from './findQuotes.js';
import { markHedgesAndNegation } from './markHedgesAndNegation.js';
import { negationCues } from './negationCues.js';
import { parseAccordingTo } from './parseAccordingTo.js';
import { parseAsCue } from './parseAsCue.js';
import { parseAskedClause } from './parseAskedClause.js';
import { parseColonSource } from './parseColonSource.js';
import { parseImpersonalCue } from './parseImpersonalCue.js';
import { parseLexiconCue } from './parseLexiconCue.js';
import { parseReportingVerb } from './parseReportingVerb.js';
import { parseQuoteDashSource } from './parseQuoteDashSource.js';
import { parseTaggedSpans } from './parseTaggedSpans.js';
import { closeRelativeClauses } from './closeRelativeClauses.js';
import { parseTranscriptTurn } from './parseTranscriptTurn.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { resolveSpeakers } from './resolveSpeakers.js';
import { sentenceViews, type SentenceView } from './sentenceView.js';
import type { StatementDraft } from './statementDraft.js';
import { trimSiblingContents } from './trimSiblingContents.js';
import { inOriginalText, withTypewriterQuotes } from './typewriterQuotes.js';
import { withoutUnclaimedOverlaps } from './withoutUnclaimedOverlaps.js';

/*
 * Why rules over tokens and not a tagger: news attribution is carried by a
 * few hundred cue words in a handful of shapes ('X said ...', '“...,” said
 * X', '..., according to X'), and the boundaries that matter (commas,
 * quote marks, 'that', prepositions) are visible without part-of-speech
 * tags. compromise would tag every word of every article for the sake of
 * telling a noun phrase from a verb phrase, costing several times this
 * stage's whole budget; word lists (speakerWords.ts) do that well enough
 * and keep each decision traceable to a named rule. Last come two
 * fallbacks for the long tail of cues: words PolNeAR train confirms
 * (parseLexiconCue) and a small tagger trained on it (parseTaggedSpans),
 * whose drafts give way to every rule's and must pass taggedDraftChecks.ts.
 *
 * Typewriter quotes ('' ... '') are read as double quotes first
 * (typewriterQuotes.ts). Parsers find candidates sentence by sentence; refiners then work on the
 * whole list, in this order: trim side-by-side contents, extend quotes to
 * the sentences that continue them, name speakers (which needs the full
 * list in text order), then add hedges and negation and number.
 */
const parsers = [parseReportingVerb, parseAccordingTo, parseAsCue, parseImpersonalCue, parseColonSource, parseTranscriptTurn, parseQuoteDashSource, parseAskedClause, parseLexiconCue, parseTaggedSpans] as const;

const startOf = (d: StatementDraft): number => Math.min(d.cue.start, d.content.start, d.speaker?.start ?? Infinity);

function dedupe(drafts: StatementDraft[]): StatementDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.cue.start}:${d.content.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A passive cue inside what a named speaker is reported to have said is
 * that speaker's wording, not a second, unattributed statement: 'Danek told
 * the Ledger Dren *was not believed* to have been in Halvek'.
 */
function withoutNestedPassives(drafts: StatementDraft[]): StatementDraft[] {
  const spoken = spanIndex(drafts.flatMap((d) => (d.speaker ? [d.content] : [])));
  return drafts.filter((d) => d.speaker || d.rule !== 'impersonal-passive' || !spoken.covers(d.cue.start, d.content.end));
}

/**
 * A source asking not to be named says nothing about the story: 'One
 * doctor, who *asked not to be named*, said ...' is how the article hides a
 * name, and the doctor's statement is the 'said' one; so is '..., a
 * ministry official told MPA, *speaking on condition of anonymity* because ...'.
 */
const anonymityRequest = /^(?:not to be (?:named|identified|quoted by name)|anonymity)\b/iu;
const withoutAnonymityRequests = (drafts: StatementDraft[]): StatementDraft[] => drafts.filter((d) => !anonymityRequest.test(d.content.text));

/**
 * The quotes a parser reading one sentence can ask about: those overlapping
 * it and the last one closing before it ('“... hiding.” *Hamdan said*' has
 * its content in the sentence before). Quotes are in text order and do not
 * overlap, so this is a slice, found by halving; handing every parser all
 * the article's quotes made each sentence cost as much as the article.
 */
function quotesNear(quotes: readonly Span[]): (view: SentenceView) => Span[] {
  const countWhere = (before: (q: Span) => boolean): number => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(quotes[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (view) => quotes.slice(Math.max(0, countWhere((q) => q.end <= view.start) - 1), countWhere((q) => q.start < view.end));
}

/**
 * A speaker who says what they themselves think or want has made one
 * statement, not two: in 'Clinton said *she thinks* America is strongest
 * when ...', 'He said *he plans* to put to good use ...' and '“*I believe*
 * he will,” Oszko said', the verb of thought inside the content is how the
 * speaker put it, and the claim stays with the reporting statement. A
 * negated belief, a doubt or a fear stays a statement of its own, as it
 * decides the stance ('he said *he does not think* Dren is dead'). A
 * pronoun opening the content of 'X said' is X; one opening 'According to
 * MPA, *he* declined' is not MPA. Someone else's thought told by the
 * speaker ('Merrill says *Machado hopes* to ...') is a relay and stays, and
 * so does a deed told as past ('he said *he declined* to ...').
 */
function withoutOwnThoughts(text: string, drafts: StatementDraft[]): StatementDraft[] {
  return drafts.filter((inner) => {
    const cueWord = inner.cue.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    const verb = reportingVerbForms.get(cueWord)?.verb;
    const speaker = inner.speaker;
    if (!speaker || !ownPronouns.test(speaker.text) || !verb || !ownStates.has(verb.lemma)) return true;
    // A negated belief carries the stance: 'he said *he does not think* Dren is dead' denies what its content says.
    if (negationBeforeCue.test(text.slice(speaker.end, inner.cue.end))) return true;
    return !drafts.some((outer) => outer !== inner && outer.speaker && outer.kind !== 'according-to' && outer.content.start <= speaker.start && inner.cue.end <= outer.content.end
      && contentOpening.test(text.slice(outer.content.start, speaker.start)));
  });
}

/** The pronouns that take the reporting clause's subject as their antecedent when they open its content. */
const ownPronouns = /^(?:he|she|they|i|we)$/iu;
/**
 * Verbs by which a speaker states their own belief or wish: 'think', 'want'. Not 'doubt', 'fear' or
 * 'suspect', which weigh the claim and decide its stance, nor deeds ('declined', 'vowed', 'refused').
 */
const ownStates = new Set(['think', 'believe', 'know', 'expect', 'feel', 'want', 'plan', 'hope']);
/** 'not', 'never', 'no longer', 'don't' between the pronoun and its verb: the negation words the statement's own negation is read with. */
const negationBeforeCue = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${negationCues.join('|')})(?![\\p{L}\\p{N}-])`, 'iu');
/** What may stand before such a pronoun at the start of the content: 'that', a quote mark, a comma. */
const contentOpening = /^[\s"“‘,:]*(?:that\s+)?$/iu;

export function statementsOf(original: AnalyzedDocument): Statement[] {
  const doc = withTypewriterQuotes(original);
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const views = sentenceViews(doc);
  const near = quotesNear(quotes);
  let drafts = views.flatMap((view) => {
    const nearby = near(view);
    return parsers.flatMap((parse) => parse(doc, view, nearby));
  });
  // Relative clauses close before overlaps are settled: 'X, who asked not to be named, said ...' has two statements, not one.
  drafts = trimSiblingContents(doc.text, withoutNestedPassives(withoutUnclaimedOverlaps(doc.text, withoutAnonymityRequests(closeRelativeClauses(doc.text, withoutAttributiveCues(doc.text, dedupe(drafts), views))))));
  drafts = continueQuotes(doc.text, drafts, quotes, views).sort((a, b) => startOf(a) - startOf(b) || a.cue.start - b.cue.start);
  drafts = withoutOwnThoughts(doc.text, resolveSpeakers(drafts, doc.entities, views));
  const statements = drafts.map((draft, i): Statement => ({
    id: `s${i + 1}`,
    speaker: draft.speaker,
    cue: draft.cue,
    content: draft.content,
    kind: draft.kind,
    ...markHedgesAndNegation(doc.text, draft),
    rule: draft.rule,
  }));
  return doc === original ? statements : inOriginalText(original.text, statements);
}

export const findStatements: Stage = {
  name: 'findStatements',
  run(doc) {
    return { statements: statementsOf(doc) };
  },
};
