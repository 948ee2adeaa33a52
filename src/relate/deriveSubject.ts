import { computeStatusHistory } from './computeStatusHistory.js';
import { describeClaim } from './describeClaim.js';
import { findSources } from './findSources.js';
import { relateClaims } from './relateClaims.js';
import { onStorySide } from './storySides.js';
import type { Claim, Source, StorySides, SubjectStory } from './types.js';

export type { SubjectStory } from './types.js';

/**
 * From the grouped claims of one subject to its described claims, sources,
 * relations and status history, each member on the side the story gives it
 * (resolveStorySides).
 */
export function deriveSubject(grouped: Claim[], sides: StorySides): SubjectStory {
  const sources: Source[] = [];
  const claims = grouped.map((grouping) => {
    const claim = { ...grouping, members: grouping.members.map((member) => onStorySide(member, sides)) };
    const found = findSources(claim);
    sources.push(...found.sources);
    return describeClaim({ ...claim, members: claim.members.map((m, i) => ({ ...m, sourceId: found.sourceIds[i] })) });
  });
  const relations = relateClaims(claims);
  return { claims, sources, relations, statusHistory: computeStatusHistory(claims, relations) };
}
