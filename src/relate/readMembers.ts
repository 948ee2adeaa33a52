import type { ArticleRecord } from '../record/articleRecord.js';
import { attributeStatement } from './attributeStatement.js';
import { findFocusPerson } from './findFocusPerson.js';
import { findRoleNames } from './propositions/findRoleNames.js';
import { referentContext } from './propositions/resolveSubject.js';
import { findUnlabelledNames } from './findUnlabelledNames.js';
import { findUtteranceDate, restatesEarlierUtterance } from './findUtteranceDate.js';
import { readStoryStatements } from './readStoryStatements.js';
import { judgeStance } from './judgeStance.js';
import { readPropositions } from './readPropositions.js';
import type { StoryStatement } from './storyStatement.js';
import type { ClaimMember, Proposition } from './types.js';
import { answeredProposition, figurelessVerdict } from './propositions/answeredProposition.js';
import { isKnownPredicate } from '../model/vocabulary.js';
import { sideOfDisplaySpeakers } from './sideOfDisplaySpeakers.js';

/** A speaker with no country of its own takes one from a fuller form in the same article: 'Defence Ministry' -> "Kasteria's Defence Ministry". */
function shareSides(members: ClaimMember[]): void {
  for (const member of members) {
    const { attribution } = member;
    if (attribution.side !== attribution.speakerKey) continue;
    const fuller = members.find((m) => m.attribution.side !== m.attribution.speakerKey && m.attribution.speakerKey.endsWith(` ${attribution.speakerKey}`));
    if (fuller) member.attribution = { ...attribution, side: fuller.attribution.side };
  }
}

/**
 * Whether a proposition is worth a claim: every one a speaker or a headline
 * states; of the outlet's own narration, those about a named person,
 * organisation or place, an event or a count, or with a predicate the rules
 * know. 'Korvath Today depends on readers' or 'a request for comment was
 * sent' in the narration is page furniture or background, not a claim.
 */
function bearsOnStory(statement: StoryStatement, proposition: Proposition): boolean {
  if (!statement.own || statement.kind === 'headline') return true;
  return proposition.subjectKind !== 'object' || isKnownPredicate(proposition.predicate);
}

/**
 * Whether another statement holds what a statement's words answer: the
 * outlet's sentence around a speaker's words (the speaker's statement holds
 * the answer), or a quote's words also read as an inner speaker's
 * ('"The Kasterians said I was dead, and they lied about that," the man
 * says': the verdict is the man's, not the Kasterians').
 */
function answeredElsewhere(statement: StoryStatement, statements: readonly StoryStatement[]): boolean {
  const { content } = statement;
  if (statement.own) return statements.some((s) => !s.own && s.content.start < content.end && content.start < s.content.end);
  return statement.cue.end <= content.start && statements.some((s) => s !== statement && !s.own && s.content.start === content.start && s.content.end === content.end && s.cue.start >= s.content.end);
}

/**
 * Bumped when the story changes for stored articles: readMembers reads them
 * differently, or the cross-article step derives differently. Articles read
 * by an older version are read again, and so every subject is derived again.
 */
export const storyReaderVersion = '73';

/**
 * One article's bearing on the story: every proposition of every statement
 * (attributed, or the outlet's own), with its stance and attribution. Pure:
 * it reads one record and nothing else, so articles can be read in any
 * order, in parallel, and again.
 */
export function readMembers(record: ArticleRecord): ClaimMember[] {
  const unlabelled = findUnlabelledNames(record);
  const focus = findFocusPerson(record, unlabelled);
  const context = referentContext(record, focus, new Set(unlabelled.keys()), findRoleNames(record));
  const places = new Set(record.entities.filter((e) => e.type === 'place').map((e) => e.canonical.toLowerCase()));
  const people = record.entities.filter((e) => e.type === 'person');
  // In the order of the text, so a statement that answers an earlier claim without naming it finds it (answeredProposition).
  const statements = readStoryStatements(record);
  const members: ClaimMember[] = [];
  const read: Proposition[] = [];
  for (const statement of statements) {
    const own = readPropositions(record, statement, context);
    // Two readings of one toll ('the toll given for the blast was too high') may judge the same figure: it is judged once.
    const judged = new Set<string>();
    const found = own.map((p) => figurelessVerdict(record.text, p, read, own)).filter((p) => {
      const key = `${p.subject}|${p.predicate}|${p.quantity?.text ?? ''}|${p.trigger.start}`;
      if (judged.has(key)) return false;
      judged.add(key);
      return bearsOnStory(statement, p);
    });
    const answered = found.length || answeredElsewhere(statement, statements) ? null : answeredProposition(statement, read, people);
    const propositions = answered ? [answered] : found;
    if (!propositions.length) continue;
    read.push(...found);
    const attribution = attributeStatement(record, statement, places);
    const utteredOn = findUtteranceDate(record, statement);
    const background = restatesEarlierUtterance(record, statement, utteredOn);
    for (const proposition of propositions) {
      const stated = judgeStance(record.text, statement, proposition, propositions);
      // An undated earlier assertion retold as background reports the claim: it moves no status on this article's date.
      const judged = background && stated.stance === 'asserts' ? { ...stated, stance: 'reports' as const, rule: 'earlier-utterance' } : stated;
      members.push({
        ref: { articleId: record.id, statementId: statement.id, text: statement.content.text, start: statement.content.start, end: statement.content.end },
        reportedOn: utteredOn,
        publishedOn: record.published.value,
        proposition,
        attribution,
        stance: judged.stance,
        stanceWords: judged.words,
        hedged: judged.hedged,
        stanceRule: judged.rule,
        sourceId: '',
      });
    }
  }
  shareSides(members);
  sideOfDisplaySpeakers(record, members);
  return members;
}
