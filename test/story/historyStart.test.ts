import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import { recordOf } from './recordOf.js';

/** One statement by `speaker`, printed on `date` by its own outlet. */
function article(id: string, date: string, speaker: string, content: string): ArticleRecord {
  const record = recordOf(speaker, content, ['Vasko Dren']);
  return { ...record, id, outlet: { name: `${id} Post`, how: 'manifest' }, published: { ...record.published, value: date } };
}

const historyOf = (records: ArticleRecord[], predicate: string): string[] => {
  const story = relateArticles(records);
  const claim = story.claims.find((c) => c.predicate === predicate)!;
  return story.statusHistory.filter((h) => h.claimId === claim.id).map((h) => `${h.asOf} ${h.status} ${h.rule}`);
};

describe('a claim is on the table from the day it is first told', () => {
  it('is unverified while only a guess its speaker calls one stands behind it, then claimed', () => {
    const guess = article('a1', '2025-03-27', 'An analyst', 'Vasko Dren may have been hurt. But that is a guess.');
    const said = article('a2', '2025-03-31', 'Lessarian intelligence', 'Vasko Dren was severely injured in the strike');
    expect(historyOf([guess, said], 'injured')).toEqual(['2025-03-27 unverified nobody-asserts', '2025-03-31 claimed asserted']);
  });

  it('starts on the day of its first assertion when that is its first telling', () => {
    const said = article('a1', '2025-03-31', 'Lessarian intelligence', 'Vasko Dren was severely injured in the strike');
    expect(historyOf([said], 'injured')).toEqual(['2025-03-31 claimed asserted']);
  });
});
