import { compareTimexValues } from '../model/timeInterval.js';
import type { Database } from '../store/Database.js';
import type { Stance } from '../relate/types.js';
import { readStory } from './readStory.js';

export interface TimelineView {
  /** The event clock: when each claimed event happened, as its statements state it. */
  events: { from: string; to: string; claim: string; text: string }[];
  /** The report clock: each statement on the day its article was published. */
  reports: {
    date: string; claim: string; claimText: string; article: string; statement: string;
    /** The statement's content in the article text (outlets' own statements are not in the article's statement list). */
    start: number; end: number;
    speaker: string; outlet: string; stance: Stance; text: string;
  }[];
}

/** The story on two clocks kept apart: when things happened, and when they were reported. */
export async function readTimeline(db: Database): Promise<TimelineView> {
  const story = await readStory(db);
  const events = story.claims
    .filter((c) => c.eventTime !== null)
    .map((c) => ({ from: c.eventTime!.from, to: c.eventTime!.to, claim: c.id, text: c.text }))
    // TIMEX3 values ordered as intervals: '2017-Q1' (from January) before '2017-02', which text puts first.
    .sort((a, b) => compareTimexValues(a.from, b.from));
  const reports = story.claims
    .flatMap((c) =>
      c.members
        .filter((m) => m.reportedOn !== null)
        .map((m) => ({
          date: m.reportedOn!, claim: c.id, claimText: c.text, article: m.ref.articleId, statement: m.ref.statementId, start: m.ref.start, end: m.ref.end,
          speaker: m.attribution.speaker, outlet: m.attribution.outlet, stance: m.stance, text: m.ref.text,
        })),
    )
    // Report dates are 'YYYY-MM-DD', which sort as text.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claim < b.claim ? -1 : 1));
  return { events, reports };
}
