import { computeStatusHistory } from './computeStatusHistory.js';
import { describeClaim } from './describeClaim.js';
import { findSources } from './findSources.js';
import { relateClaims } from './relateClaims.js';
import { shareSidesAcrossArticles } from './shareSidesAcrossArticles.js';
import type { Claim, Relation, Source, StatusChange } from './types.js';

/** Everything the story says about one subject; recomputed only when one of its claims changes. */
export interface SubjectStory {
  claims: Claim[];
  sources: Source[];
  relations: Relation[];
  statusHistory: StatusChange[];
}

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
