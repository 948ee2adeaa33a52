import { computeStatusHistory } from './computeStatusHistory.js';
import { describeClaim } from './describeClaim.js';
import { findSources } from './findSources.js';
import { relateClaims } from './relateClaims.js';
import { shareSidesAcrossArticles } from './shareSidesAcrossArticles.js';
import type { Claim, Source, SubjectStory } from './types.js';

export type { SubjectStory } from './types.js';

/** From the grouped claims of one subject to its described claims, sources, relations and status history. */
export function deriveSubject(grouped: Claim[]): SubjectStory {
  const sources: Source[] = [];
  const claims = shareSidesAcrossArticles(grouped).map((claim) => {
    const found = findSources(claim);
    sources.push(...found.sources);
    return describeClaim({ ...claim, members: claim.members.map((m, i) => ({ ...m, sourceId: found.sourceIds[i] })) });
  });
  const relations = relateClaims(claims);
  return { claims, sources, relations, statusHistory: computeStatusHistory(claims, relations) };
}
