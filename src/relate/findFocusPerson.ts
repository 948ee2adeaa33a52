import type { ArticleRecord } from '../record/articleRecord.js';

/**
 * The person an article is about: the most mentioned person, a mention in
 * the title counting three times (an unlabelled name is in the title by
 * construction). Pronouns in a statement with no named
 * subject ('he was still alive') are read as this person. Null when the
 * article names nobody.
 */
export function findFocusPerson(record: ArticleRecord, unlabelled: ReadonlyMap<string, number>): string | null {
  const titleEnd = record.paragraphs.find((p) => p.kind === 'title')?.end ?? 0;
  const counts = new Map<string, number>();
  for (const entity of record.entities) {
    if (entity.type !== 'person') continue;
    counts.set(entity.canonical, (counts.get(entity.canonical) ?? 0) + (entity.end <= titleEnd ? 3 : 1));
  }
  for (const [name, count] of unlabelled) counts.set(name, count + 2);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = name;
  return best;
}
