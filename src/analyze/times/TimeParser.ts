import type { TimeMention } from './TimeMention.js';

/**
 * One kind of time expression, as in chrono: a global pattern and an extract
 * step that turns a match into a mention or rejects it (null) after looking at
 * the text around it. Offsets in the returned mention are relative to `text`.
 */
export interface TimeParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): TimeMention | null;
}

/** A refiner maps the whole list, in text order, to a new list. */
export interface TimeRefiner {
  name: string;
  refine(mentions: TimeMention[], text: string): TimeMention[];
}

/** The mention covering the whole match; parsers keep context outside the match with look-arounds. */
export function mentionOf(match: RegExpExecArray, fields: Omit<TimeMention, 'text' | 'start' | 'end'>): TimeMention {
  return { text: match[0], start: match.index, end: match.index + match[0].length, ...fields };
}
