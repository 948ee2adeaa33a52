import type { ArticleRecord } from '../model/articleRecord.js';
import { readMembers } from './readMembers.js';
import { relateSubject } from './relateSubject.js';
import { assembleStory } from './assembleStory.js';
import { resolveStorySides, speakerSidesOf } from './storySides.js';
import type { ClaimMember, DerivedSubject, Story } from './types.js';

/**
 * The members in the order the story unfolded: by publication date (none
 * last), then article id, then their place in the article. The store reads
 * a subject's members in this order too (loadSubjectMembers), so grouping,
 * and every claim id, is the same on both paths and however the articles arrived.
 */
export function orderMembers(members: ClaimMember[]): ClaimMember[] {
  const place = new Map(members.map((member, i) => [member, i]));
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...members].sort((a, b) => {
    if (a.publishedOn !== b.publishedOn) return a.publishedOn === null ? 1 : b.publishedOn === null ? -1 : byText(a.publishedOn, b.publishedOn);
    return byText(a.ref.articleId, b.ref.articleId) || place.get(a)! - place.get(b)!;
  });
}

/** Subjects in the story's order: most statements first, then by name (as the store lists them). */
export function storyOrder(a: DerivedSubject, b: DerivedSubject): number {
  return b.statementCount - a.statementCount || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0);
}

/**
 * The whole story of a set of articles, in memory: each article read on its
 * own (readMembers), its members gathered by subject, each subject related
 * from its own members and the story's sides (relateSubject), the subjects put in story order.
 * The same steps as relateStory runs through the store, without one; an
 * article given twice counts once.
 */
export function relateArticles(records: ArticleRecord[]): Story {
  const unique = [...new Map(records.map((record) => [record.id, record])).values()];
  const bySubject = new Map<string, ClaimMember[]>();
  const members = unique.flatMap(readMembers);
  const sides = resolveStorySides(speakerSidesOf(members));
  for (const member of members) {
    const subject = member.proposition.subject;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), member]);
  }
  const subjects = [...bySubject].map(([subject, held]) => relateSubject(subject, orderMembers(held), sides));
  return assembleStory(subjects.sort(storyOrder).map((subject) => subject.story));
}
