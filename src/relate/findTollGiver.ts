import type { ArticleRecord } from '../record/articleRecord.js';
import type { StoryStatement } from './storyStatement.js';

/**
 * A verb that gives a count, then the count's noun: 'lowers Mirvane
 * hospital toll to 87', 'revised the toll to 87', 'put the death toll at
 * 40', 'raised its estimate to 300'. Up to three words may stand between
 * ('Mirvane hospital', 'its own').
 */
const givesCount = /\b(lower(?:s|ed)?|rais(?:es|ed|e)|revis(?:es|ed|e)|puts?|updat(?:es|ed|e)|cuts?|increas(?:es|ed|e)|reduc(?:es|ed|e)|gives?|gave|sets?)\s+(?:(?:its|their|his|her|the|own|[\p{L}-]+)\s+){0,3}?(?:death\s+)?(?:toll|figure|count|tally|estimate)\b/iu;

type Speaker = NonNullable<StoryStatement['speaker']>;

/**
 * Who gives the count an outlet's own sentence reports: a count is
 * somebody's word, so 'Health ministry lowers Mirvane hospital toll to 87'
 * is the ministry saying 87 died, on that day, not the outlet. The giver is
 * the named organisation or person the sentence puts before the verb, or
 * the body its head word names when the article names exactly one such
 * ('The ministry itself revised the toll to 87' in an article that names
 * the Hesran Health Ministry). Null when the sentence gives no count or
 * names nobody before it.
 */
export function findTollGiver(record: ArticleRecord, start: number, end: number): { speaker: Speaker; cue: { text: string; start: number; end: number } } | null {
  const sentence = record.text.slice(start, end);
  const found = givesCount.exec(sentence);
  if (!found) return null;
  const cue = { text: found[1], start: start + found.index, end: start + found.index + found[1].length };
  const before = record.entities
    .filter((e) => (e.type === 'organization' || e.type === 'person') && e.start >= start && e.end <= cue.start)
    .at(-1);
  if (before) return { speaker: { text: before.text, canonical: before.canonical, start: before.start, end: before.end }, cue };
  // 'Health ministry lowers ...', 'The ministry itself revised ...': the article's one named body of that kind.
  const words = [...record.text.slice(start, cue.start).matchAll(/\p{L}+/gu)];
  for (const word of words.reverse()) {
    const head = word[0].toLowerCase();
    const bodies = new Set(record.entities.filter((e) => e.type === 'organization' && e.canonical.toLowerCase().split(/\s+/u).at(-1) === head).map((e) => e.canonical));
    if (bodies.size !== 1) continue;
    const at = start + word.index;
    const [canonical] = bodies;
    return { speaker: { text: word[0], canonical, start: at, end: at + word[0].length }, cue };
  }
  return null;
}
