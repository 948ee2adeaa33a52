import { mentionOf, type TimeParser } from '../TimeParser.js';

// A day of the month named alone, after a preposition: 'On the 13th', 'by
// the 21st.' Its month comes from the time last named in the paragraph or the
// publication date. 'the 13th century', 'the 5th floor', 'the 3rd Division'
// are not days, so only a pause or a short link word may follow.
export const parseDayOfMonth: TimeParser = {
  name: 'day-of-month',
  pattern: /(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s)the\s(\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[.,;:)!?]|$|\s(?:and|when|at|to|or|the|a|an|he|she|they|it|we)\b))/gm,
  extract(match) {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    return mentionOf(match, { type: 'DATE', rule: 'day-of-month', stated: ['day'], parts: { day }, lean: 'past' });
  },
};
