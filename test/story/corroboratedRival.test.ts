import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import { recordOf } from './recordOf.js';

/** One statement by `speaker`, printed on `date` by its own outlet. */
function article(id: string, date: string, speaker: string, content: string): ArticleRecord {
  const record = recordOf(speaker, content, ['Vasko Dren']);
  return { ...record, id, outlet: { name: `${id} Post`, how: 'manifest' }, published: { ...record.published, value: date } };
}

const historyOf = (articles: ArticleRecord[], predicate: string) => {
  const story = relateArticles(articles);
  const claim = story.claims.find((c) => c.predicate === predicate)!;
  return story.statusHistory.filter((h) => h.claimId === claim.id).map((h) => `${h.asOf} ${h.status} ${h.rule}`);
};

describe('a claim that a corroborated claim contradicts', () => {
  const killed = article('a1', '2025-03-01', 'The Kasterian Defence Ministry', 'Vasko Dren was killed in the strike');
  const alive = article('a2', '2025-03-20', 'Lessarian intelligence', 'Vasko Dren is alive');
  // In other words than the first: the same words would be one utterance relayed, counted once.
  const aliveAgain = article('a3', '2025-03-25', 'The Oren Valley Front', 'Dren is alive and in good health');

  it('is refuted on the day the other is corroborated by more sides than assert it', () => {
    expect(historyOf([killed, alive, aliveAgain], 'alive')).toEqual(['2025-03-20 disputed asserted-and-contested', '2025-03-25 corroborated asserted-by-independent-sides']);
    expect(historyOf([killed, alive, aliveAgain], 'killed')).toEqual([
      '2025-03-01 claimed asserted',
      '2025-03-20 disputed asserted-and-contested',
      '2025-03-25 refuted contradicted-by-corroborated-claim',
    ]);
  });

  it('is only disputed while as many sides assert it as the other', () => {
    const killedAgain = article('a4', '2025-03-22', 'The Marennian police', 'Dren died in the strike on his compound');
    const history = historyOf([killed, killedAgain, alive, aliveAgain], 'killed');
    expect(history.at(-1)).toMatch(/ disputed asserted-and-contested$/);
    expect(history.join()).not.toMatch(/refuted/);
  });

  it('names the statements that corroborated the other as what moved it', () => {
    const story = relateArticles([killed, alive, aliveAgain]);
    const claim = story.claims.find((c) => c.predicate === 'killed')!;
    const refuted = story.statusHistory.find((h) => h.claimId === claim.id && h.status === 'refuted')!;
    expect(refuted.movedBy.map((ref) => ref.articleId)).toEqual(['a3']);
  });
});

describe('a claim another entails', () => {
  it("counts the other's assertions as its own: the ministry's '87 dead' bears out the UN's 'between 80 and 100'", () => {
    const range = article('u1', '2025-10-24', 'The United Nations', 'Between 80 and 100 people were killed in the blast');
    const figure = article('m1', '2025-10-29', 'The Hesran Health Ministry', '87 people were killed in the blast');
    const story = relateArticles([range, figure]);
    const statusesOf = (count: string) => {
      const claim = story.claims.find((c) => c.members.some((m) => m.proposition.quantity?.text.toLowerCase() === count))!;
      return story.statusHistory.filter((h) => h.claimId === claim.id).map((h) => `${h.asOf} ${h.status}`);
    };
    expect(statusesOf('between 80 and 100')).toEqual(['2025-10-24 claimed', '2025-10-29 corroborated']);
    // 'between 80 and 100' does not say 87, but an estimate with ends that close bears it out (countGivers.test.ts).
    expect(statusesOf('87')).toEqual(['2025-10-29 corroborated']);
  });
});

describe('a description that only points back', () => {
  it("is the speaker it points back to: 'the man in it' (the video) is another outlet's 'the man', one side", () => {
    const first = article('v1', '2025-03-27', 'The man', 'Four fighters were killed in the strike');
    const retold = article('v2', '2025-03-28', 'The man in it', 'The strike killed four fighters');
    expect(historyOf([first, retold], 'killed')).toEqual(['2025-03-27 claimed asserted']);
  });
});
