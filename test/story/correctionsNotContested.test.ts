import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { relateArticles } from '../../src/relate/relateArticles.js';

/** An article read through the whole pipeline, printed on `date` by its own outlet. */
function article(id: string, date: string, body: string): ArticleRecord {
  const content = `Report\n\n${body}`;
  return toArticleRecord(analyzeArticle({ source: `${id}.txt`, format: 'text', content, encoding: 'utf-8', supplied: { from: 'manifest', published: date, outlet: `${id} Post` } }));
}

describe('a correction and the claim it corrects', () => {
  // Kasteria says in March he was killed in the strike of 9 March; Lessaria says in June he was injured in it, not killed.
  const killed = article('a1', '2025-03-13', 'The Kasterian Defence Ministry said on Thursday that the militia commander Vasko Dren was killed in the drone strike on Halvek on 9 March.');
  const injured = article('a2', '2025-06-12', 'Lessarian intelligence said on Thursday that the militia commander Vasko Dren was severely injured in the drone strike on Halvek on 9 March.');
  const story = relateArticles([killed, injured]);
  const claimOf = (predicate: string) => story.claims.find((c) => c.predicate === predicate)!;
  const historyOf = (predicate: string) => story.statusHistory.filter((h) => h.claimId === claimOf(predicate).id).map((h) => `${h.asOf} ${h.status}`);

  it('are related as a refinement', () => {
    expect(story.relations).toContainEqual(expect.objectContaining({ kind: 'refines', from: claimOf('injured').id, to: claimOf('killed').id }));
  });

  it('the correction disputes the corrected claim', () => {
    expect(historyOf('killed')).toEqual(['2025-03-13 claimed', '2025-06-12 disputed']);
  });

  it('the corrected claim, standing from before, does not dispute the correction', () => {
    expect(historyOf('injured')).toEqual(['2025-06-12 claimed']);
  });
});
