import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import { recordOf } from './recordOf.js';

/** One statement by `speaker`, printed on `date` by its own outlet. */
function article(id: string, date: string, speaker: string, content: string): ArticleRecord {
  const record = recordOf(speaker, content, ['Vasko Dren']);
  return { ...record, id, outlet: { name: `${id} Post`, how: 'manifest' }, published: { ...record.published, value: date } };
}

describe('a side whose latest word is a rival claim has moved on', () => {
  const killed = article('a1', '2025-03-01', 'The Kasterian Defence Ministry', 'Vasko Dren was killed in the strike');
  const alive = article('a2', '2025-03-20', 'The Kasterian Defence Ministry', 'Vasko Dren is alive');

  it('refutes a claim its only source now contradicts (the ministry that said killed now says alive)', () => {
    const story = relateArticles([killed, alive]);
    const claim = story.claims.find((c) => c.predicate === 'killed')!;
    const history = story.statusHistory.filter((h) => h.claimId === claim.id).map((h) => `${h.asOf} ${h.status} ${h.rule}`);
    expect(history).toEqual(['2025-03-01 claimed asserted', '2025-03-20 refuted withdrawn-by-source']);
  });

  it('only disputes it while another side still asserts it', () => {
    // In other words than the ministry's: the same words would be one utterance relayed, counted once.
    const other = article('a3', '2025-03-10', 'Lessarian intelligence', 'Dren died in the strike on his compound');
    const story = relateArticles([killed, other, alive]);
    const claim = story.claims.find((c) => c.predicate === 'killed')!;
    expect(story.statusHistory.filter((h) => h.claimId === claim.id).at(-1)?.status).toBe('disputed');
  });
});
