import type { ArticleRecord } from '../record/articleRecord.js';

/** Capitalised words that start sentences or name no one. */
const notNames = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'our', 'their', 'this', 'that', 'these', 'those', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'after', 'before', 'when', 'while', 'since', 'for', 'with', 'by', 'from', 'to', 'of', 'not', 'no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'there', 'what', 'who', 'why', 'how', 'mr', 'ms', 'mrs', 'dr', 'colonel', 'general', 'said', 'says', 'according', 'is', 'was', 'will', 'would', 'may', 'our', 'my', 'your', 'some', 'all', 'many', 'most', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const capitalised = /(?<![\p{L}-])\p{Lu}[\p{Ll}][\p{L}-]+/gu;

/**
 * Names the entity stage left unlabelled: a capitalised word, outside every
 * entity, that the headline uses and the article repeats at least twice,
 * and that is no common word or demonym ('Dren survived Halvek strike with
 * severe injuries' where 'Dren' was never tagged). Returned with its count,
 * to be read as a person.
 */
export function findUnlabelledNames(record: ArticleRecord): Map<string, number> {
  const titleEnd = record.paragraphs.find((p) => p.kind === 'title')?.end ?? 0;
  const title = record.text.slice(0, titleEnd);
  // A one-word 'organisation' is often a person the tagger did not know ('Dren survived ...'); places and people stay as tagged.
  const trusted = record.entities.filter((e) => e.type !== 'organization' || /\s/u.test(e.text));
  const inEntity = (start: number, end: number): boolean => trusted.some((e) => e.start <= start && end <= e.end);
  const labelled = new Set(trusted.flatMap((e) => e.text.split(/\s+/u)));
  const counts = new Map<string, number>();
  capitalised.lastIndex = 0;
  for (let m = capitalised.exec(record.text); m; m = capitalised.exec(record.text)) {
    const word = m[0];
    if (notNames.has(word.toLowerCase()) || /(?:ian|ese|ish)$/u.test(word) || labelled.has(word) || !title.includes(word)) continue;
    if (inEntity(m.index, m.index + word.length)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // A country, not a person, when the article also uses its demonym: 'Kasteria' beside 'Kasterian'.
  return new Map([...counts].filter(([word, n]) => n >= 2 && !record.text.includes(`${word}n `)));
}
