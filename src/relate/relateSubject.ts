import { deriveSubject } from './deriveSubject.js';
import { resolveStorySides, speakerSidesOf } from './storySides.js';
import { emptyClaimIndex, groupClaims } from './groupClaims.js';
import { statusWithoutReports } from '../model/vocabulary.js';
import { honourPins } from './corrections/honourPins.js';
import { markCorrected } from './corrections/markCorrected.js';
import type { ClaimMember, ClaimRow, DerivedSubject, StanceCounts, Status, StorySides, SubjectStory } from './types.js';

/** The current status of a claim: its last status change, or 'unverified' when no member has a date. */
export function currentStatus(story: Pick<SubjectStory, 'statusHistory'>, claimId: string): Status {
  return story.statusHistory.filter((change) => change.claimId === claimId).at(-1)?.status ?? statusWithoutReports;
}

/** One row per claim for the claims table: status, stance counts over its sources, first and last report dates. */
export function toClaimRows(story: SubjectStory): ClaimRow[] {
  return story.claims.map((claim) => {
    const sources = story.sources.filter((s) => s.claimId === claim.id);
    const stances: StanceCounts = { asserts: 0, denies: 0, doubts: 0, reports: 0 };
    for (const source of sources) stances[source.stance] += 1;
    const dates = claim.members.map((m) => m.reportedOn).filter((d): d is string => d !== null).sort();
    return {
      id: claim.id, predicate: claim.predicate, text: claim.text, status: currentStatus(story, claim.id),
      statement_count: claim.members.length, source_count: sources.length, stances,
      first_reported: dates[0] ?? null, last_reported: dates.at(-1) ?? null, corrections: claim.corrections ?? [],
    };
  });
}

/**
 * Everything one subject's members say, derived from them alone: claims
 * grouped, sources, relations, status histories, and the claims table's rows.
 * Pure: the members must come in the order the story unfolded (publication
 * date, no date last, then article id, then place in the article), which
 * orderMembers gives and the store's loadSubjectMembers reads, so every claim
 * id is the same however the articles arrived. Merges, splits and moves
 * made by hand (pins on the members) are honoured after grouping. `sides`
 * are the story's (resolveStorySides over every article's members); without
 * them, the subject's own members are all the story there is.
 */
export function relateSubject(subject: string, members: ClaimMember[], sides: StorySides = resolveStorySides(speakerSidesOf(members))): DerivedSubject {
  const index = emptyClaimIndex();
  groupClaims(index, members);
  const order = new Map(members.map((member, place) => [member, place]));
  const story = markCorrected(deriveSubject(honourPins([...index.claims.values()], order), sides));
  return { subject, story, claims: toClaimRows(story), statementCount: members.length };
}
