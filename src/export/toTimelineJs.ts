import type { ClaimRecord } from '../model/storyRecord.js';
import type { ExportInput } from './ExportInput.js';
import { escapeHtml } from './escapeHtml.js';
import { timelineJsSpan, type TimelineJsDate } from './timelineJsDate.js';

interface Slide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: Slide[];
}

/**
 * TimelineJS draws one row per group; past this many, each row would be a
 * hairline. The most-reported claims get a row each, the others share one.
 */
export const claimGroups = 8;

export const eventGroup = 'When it happened';

/**
 * The story as a TimelineJS timeline (https://timeline.knightlab.com/docs/json-format.html),
 * both clocks kept apart: a slide per claim on the event clock, in the group
 * 'When it happened', at the time its statements say the event took place;
 * and on the report clock a slide per claim per report date, grouped by
 * claim, listing who said what that day. TimelineJS renders headlines and
 * text as HTML, so every piece of article text is escaped.
 */
export function toTimelineJs(input: ExportInput): TimelineJs {
  const claims = [...input.story.claims].sort((a, b) => b.statements.length - a.statements.length || (a.id < b.id ? -1 : 1));
  const grouped = new Set(claims.slice(0, claimGroups).map((c) => c.id));
  const others = claims.length - grouped.size;
  const groupOf = (claim: ClaimRecord) => (grouped.has(claim.id) ? `Reported: ${claim.text}` : `Reported: ${others} other claims`);
  const events = claims.flatMap((claim) => [...eventSlide(claim), ...reportSlides(claim, groupOf(claim))]);
  return {
    title: {
      text: {
        headline: escapeHtml(`${input.story.claims.length} claims from ${input.articles.length} articles`),
        text: `<p>Two clocks: <b>${eventGroup}</b> shows each event when its statements say it took place; the <b>Reported</b> rows show each statement on the day it was made public. Exported by ${escapeHtml(input.publisher)} on ${input.exportedAt.slice(0, 10)}.</p>`,
      },
    },
    events,
  };
}

function eventSlide(claim: ClaimRecord): Slide[] {
  const span = claim.event_time && timelineJsSpan(claim.event_time.from, claim.event_time.to);
  if (!span) return [];
  return [{
    ...span,
    text: { headline: escapeHtml(claim.text), text: `<p>Status as of the latest report: <b>${claim.status}</b>; ${claim.independent_sources} independent sources. Claim ${escapeHtml(claim.id)}.</p>` },
    group: eventGroup,
    unique_id: slideId('event', claim.id),
  }];
}

function reportSlides(claim: ClaimRecord, group: string): Slide[] {
  const byDay = new Map<string, ClaimRecord['statements']>();
  for (const s of claim.statements) if (s.reported_on) byDay.set(s.reported_on, [...(byDay.get(s.reported_on) ?? []), s]);
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([day, statements]) => {
    const span = timelineJsSpan(day, day);
    if (!span) return [];
    const items = statements.map((s) => `<li><b>${escapeHtml(s.stance)}</b> — ${escapeHtml(s.speaker)}${s.outlet !== s.speaker ? ` (${escapeHtml(s.outlet)})` : ''}: “${escapeHtml(s.text)}”</li>`);
    return [{ ...span, text: { headline: escapeHtml(claim.text), text: `<ul>${items.join('')}</ul>` }, group: escapeHtml(group), unique_id: slideId('report', `${claim.id}-${day}`) }];
  });
}

/** TimelineJS puts the id in the page's address and element ids: 'report-dren-killed-1-2025-03-13'. */
function slideId(clock: string, key: string): string {
  return `${clock}-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
