import type { Published } from './types.js';
import { parseDateString } from './parseDateString.js';

/*
 * When nothing states the publication date, the body still bounds it: a
 * report is published after the events it tells of in the past tense. So the
 * earliest possible day is the latest full date the body mentions ('on 28th
 * May 2017', 'June 19, 2017'), skipping dates in sentences about the future
 * ('will meet on 4 July 2017'). Relative words ('on Thursday', 'yesterday',
 * 'last week') mean the events are days old, so the latest possible day is
 * then a week after; without them it stays open (null).
 */
const FULL_DATE = /\b(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2})\b/g;
const FUTURE_CUE = /\b(?:will|shall|is due|are due|scheduled|expected to|plans? to|next)\b/i;
const RECENT_CUE = /\b(?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:week|night)|this week|earlier this (?:week|month))\b/i;
const RECENT_WINDOW_DAYS = 7;
const CONFIDENCE_BOUNDED = 0.4;
const CONFIDENCE_OPEN = 0.2;

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

export function inferPublishedRange(body: string): Published | null {
  let latest: string | null = null;
  for (const sentence of body.split(/(?<=[.!?])\s+/)) {
    if (FUTURE_CUE.test(sentence)) continue;
    for (const match of sentence.matchAll(FULL_DATE)) {
      const date = parseDateString(match[0].replace(/(\d)(?:st|nd|rd|th)/, '$1').replace(' of ', ' '));
      if (date && (latest === null || date > latest)) latest = date;
    }
  }
  if (latest === null) return null;
  const recent = RECENT_CUE.test(body);
  return {
    value: null,
    earliest: latest,
    latest: recent ? addDays(latest, RECENT_WINDOW_DAYS) : null,
    how: 'content-range',
    confidence: recent ? CONFIDENCE_BOUNDED : CONFIDENCE_OPEN,
  };
}
