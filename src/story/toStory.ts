import type { StoryState } from './addArticles.js';
import type { SubjectStory } from './deriveSubject.js';
import type { Story } from './types.js';
import { buildTimeline } from './buildTimeline.js';

const statementCount = (subject: SubjectStory): number => subject.claims.reduce((n, c) => n + c.members.length, 0);

/** One story from its subjects, taken in the order given. */
export function assembleStory(subjects: SubjectStory[]): Story {
  const claims = subjects.flatMap((s) => s.claims);
  return {
    claims,
    sources: subjects.flatMap((s) => s.sources),
    relations: subjects.flatMap((s) => s.relations),
    statusHistory: subjects.flatMap((s) => s.statusHistory),
    timeline: buildTimeline(claims),
  };
}

/** The story as one value, subjects in order of how much is said about them. */
export function toStory(state: StoryState): Story {
  return assembleStory([...state.subjects.values()].sort((a, b) => statementCount(b) - statementCount(a)));
}
