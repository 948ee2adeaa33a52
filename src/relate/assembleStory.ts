import { buildTimeline } from './buildTimeline.js';
import type { Story, SubjectStory } from './types.js';

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
