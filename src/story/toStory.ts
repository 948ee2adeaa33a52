import type { StoryState } from './addArticles.js';
import type { Story } from './types.js';
import { buildTimeline } from './buildTimeline.js';

/** The story as one value, subjects in order of how much is said about them. */
export function toStory(state: StoryState): Story {
  const subjects = [...state.subjects.values()].sort(
    (a, b) => b.claims.reduce((n, c) => n + c.members.length, 0) - a.claims.reduce((n, c) => n + c.members.length, 0),
  );
  const claims = subjects.flatMap((s) => s.claims);
  return {
    claims,
    sources: subjects.flatMap((s) => s.sources),
    relations: subjects.flatMap((s) => s.relations),
    statusHistory: subjects.flatMap((s) => s.statusHistory),
    timeline: buildTimeline(claims),
  };
}
