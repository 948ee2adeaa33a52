import type { ArticleRecord } from '../record/articleRecord.js';
import { deriveSubject, type SubjectStory } from './deriveSubject.js';
import { emptyClaimIndex, groupClaims, type ClaimIndex } from './groupClaims.js';
import { predicateKind } from './predicateCues.js';
import { readMembers } from './readMembers.js';
import type { Predicate } from './types.js';

const predicates = Object.keys(predicateKind) as Predicate[];

/**
 * The story so far, kept so that new articles update it in place of a
 * rebuild: the blocking index of claims and, per subject, what was derived
 * from them. Treat it as a value: addArticles returns a new state and leaves
 * the one it was given as it was.
 */
export interface StoryState {
  articleIds: ReadonlySet<string>;
  index: ClaimIndex;
  subjects: ReadonlyMap<string, SubjectStory>;
}

export const emptyStory = (): StoryState => ({ articleIds: new Set(), index: emptyClaimIndex(), subjects: new Map() });

/**
 * Adds articles to a story. Each article is read on its own (readMembers);
 * its members go to their blocks in the index; only the subjects whose claims
 * changed are derived again. An article already in the story is skipped, so
 * adding it twice changes nothing.
 */
export function addArticles(state: StoryState, records: ArticleRecord[]): StoryState {
  const seen = new Set(state.articleIds);
  const fresh = records.filter((r) => !seen.has(r.id) && seen.add(r.id));
  if (!fresh.length) return state;
  const index: ClaimIndex = { claims: new Map(state.index.claims), blocks: new Map(state.index.blocks) };
  const touched = groupClaims(index, fresh.flatMap(readMembers));
  const subjects = new Map(state.subjects);
  const touchedSubjects = new Set([...touched].map((id) => index.claims.get(id)!.subject));
  for (const subject of touchedSubjects) {
    // A subject's blocks are found by key, one per predicate, not by scanning the index.
    const claims = predicates.flatMap((predicate) => (index.blocks.get(`${subject}|${predicate}`) ?? []).map((id) => index.claims.get(id)!));
    subjects.set(subject, deriveSubject(claims));
  }
  return { articleIds: seen, index, subjects };
}
