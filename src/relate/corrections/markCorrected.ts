import type { CorrectionMark } from '../../model/correction.js';
import type { ClaimMember, SubjectStory } from '../types.js';

/** The marks of several members, once each, in the order the corrections were made. */
function marksOf(members: readonly ClaimMember[]): CorrectionMark[] {
  const byId = new Map<number, CorrectionMark>();
  for (const member of members) for (const mark of member.corrections ?? []) byId.set(mark.id, mark);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/**
 * Claims and sources say which corrections by hand changed them (those of
 * their members), so a reader sees 'corrected by hand' beside a merged claim
 * or a source whose speaker was set. Nothing is added where none did: a
 * story without corrections reads exactly as before.
 */
export function markCorrected(story: SubjectStory): SubjectStory {
  if (!story.claims.some((claim) => claim.members.some((m) => m.corrections))) return story;
  const claims = story.claims.map((claim) => {
    const marks = marksOf(claim.members);
    return marks.length ? { ...claim, corrections: marks } : claim;
  });
  const membersBySource = new Map<string, ClaimMember[]>();
  for (const claim of claims) for (const member of claim.members) membersBySource.set(member.sourceId, [...(membersBySource.get(member.sourceId) ?? []), member]);
  const sources = story.sources.map((source) => {
    const marks = marksOf(membersBySource.get(source.id) ?? []);
    return marks.length ? { ...source, corrections: marks } : source;
  });
  return { ...story, claims, sources };
}
