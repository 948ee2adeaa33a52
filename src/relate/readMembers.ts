import type { ArticleRecord } from '../record/articleRecord.js';
import { attributeStatement } from './attributeStatement.js';
import { findFocusPerson } from './findFocusPerson.js';
import { findOutletAssertions } from './findOutletAssertions.js';
import { findUnlabelledNames } from './findUnlabelledNames.js';
import { findUtteranceDate } from './findUtteranceDate.js';
import { judgeStance } from './judgeStance.js';
import { readPropositions } from './readPropositions.js';
import type { StoryStatement } from './storyStatement.js';
import type { ClaimMember } from './types.js';

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
 * Bumped when the story changes for stored articles: readMembers reads them
 * differently, or the cross-article step derives differently. Articles read
 * by an older version are read again, and so every subject is derived again.
 */
export const storyReaderVersion = '5';

/**
 * One article's bearing on the story: every proposition of every statement
 * (attributed, or the outlet's own), with its stance and attribution. Pure:
 * it reads one record and nothing else, so articles can be read in any
 * order, in parallel, and again.
 */
export function readMembers(record: ArticleRecord): ClaimMember[] {
  const unlabelled = findUnlabelledNames(record);
  const focus = findFocusPerson(record, unlabelled);
  const names = new Set(unlabelled.keys());
  const places = new Set(record.entities.filter((e) => e.type === 'place').map((e) => e.canonical.toLowerCase()));
  const statements: StoryStatement[] = [...record.statements.map((s) => ({ ...s, own: false })), ...findOutletAssertions(record)];
  const members: ClaimMember[] = [];
  for (const statement of statements) {
    const propositions = readPropositions(record, statement, focus, names);
    if (!propositions.length) continue;
    const attribution = attributeStatement(record, statement, places);
    const utteredOn = findUtteranceDate(record, statement);
    for (const proposition of propositions) {
      const judged = judgeStance(record.text, statement, proposition, propositions);
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
  return members;
}
