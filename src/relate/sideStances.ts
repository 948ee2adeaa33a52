import { sidesOf } from './findSide.js';
import type { SideCounts } from './statusRules.js';
import type { ClaimMember } from './types.js';

/**
 * Each side's stances on its latest report date so far (a side may both
 * assert and doubt on one day), kept up to date as members are added in
 * date order, so a claim's whole history costs one pass over its members.
 */
export class LatestStances {
  /** Each side's latest report date here, its stances that day, and the articles that carry them. */
  readonly latest = new Map<string, { date: string; stances: Set<string>; articles: Set<string> }>();

  /** Changes whenever a side's latest word changes, and is never another instance's, so a caller can tell nothing changed since it last counted. */
  version = LatestStances.nextVersion();

  private static versions = 0;

  private static nextVersion(): number {
    LatestStances.versions += 1;
    return LatestStances.versions;
  }

  /** The day each utterance was first counted: an echo of it printed on a later day is no new word of its side. */
  private readonly uttered = new Map<string, string>();

  add(member: ClaimMember): void {
    // Reporting a claim takes no position: it leaves the side's latest word as it was ('the ministry, which announced that ...').
    if (member.stance === 'reports') return;
    // The foreign minister's doubt of 13 March, retold by another outlet on the 14th, is still her word of the 13th.
    if (member.sourceId) {
      const first = this.uttered.get(member.sourceId);
      if (first !== undefined && first < member.reportedOn!) return;
      this.uttered.set(member.sourceId, first ?? member.reportedOn!);
    }
    for (const side of sidesOf(member.attribution.side)) {
      if (!side) continue;
      this.version = LatestStances.nextVersion();
      const known = this.latest.get(side);
      if (!known || known.date < member.reportedOn!) this.latest.set(side, { date: member.reportedOn!, stances: new Set([member.stance]), articles: new Set([member.ref.articleId]) });
      else {
        known.stances.add(member.stance);
        known.articles.add(member.ref.articleId);
      }
    }
  }
}

/** Where the sides stand on a claim, from their latest words on it and on its rivals, in one pass over each. */
export function countSides(own: LatestStances, rivals: LatestStances, everAsserted: Set<string>): Omit<SideCounts, 'corroboratedRivals'> {
  const asserting = new Set<string>();
  const denying = new Set<string>();
  let doubting = 0;
  for (const [side, word] of own.latest) {
    if (word.stances.has('asserts')) {
      // A side whose latest word is a rival claim has moved on: the ministry that gave 212 dead and now gives 87 no longer asserts 212.
      const rival = rivals.latest.get(side);
      if (!(rival && rival.stances.has('asserts') && rival.date > word.date)) asserting.add(side);
    }
    if (word.stances.has('denies')) denying.add(side);
    if (word.stances.has('doubts') && !word.stances.has('asserts')) doubting += 1;
  }
  const contradicting = new Set<string>();
  for (const [side, word] of rivals.latest) if (word.stances.has('asserts') && !asserting.has(side) && !denying.has(side)) contradicting.add(side);
  let retracted = 0;
  for (const side of everAsserted) if (!asserting.has(side) && (denying.has(side) || contradicting.has(side))) retracted += 1;
  const articles = new Set<string>();
  for (const side of asserting) for (const article of own.latest.get(side)!.articles) articles.add(article);
  return {
    asserting: asserting.size, assertingArticles: articles.size, denying: denying.size, doubting,
    contradicting: contradicting.size, retracted, everAsserted: everAsserted.size,
  };
}
