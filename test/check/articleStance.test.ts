import { describe, expect, it } from 'vitest';
import { articleStance, type JudgedUnit } from '../../src/relate/check/judgeArticle.js';
import type { StanceEstimate } from '../../src/stance/estimateStance.js';
import type { Stance } from '../../src/model/vocabulary.js';

/** The judge's reading of a whole article that reports a dispute. */
const reporting: StanceEstimate = {
  related: 0.9, stance: 'reports', confidence: 0.7, probabilities: { asserts: 0.2, denies: 0.1, reports: 0.7 }, words: [], decidedBy: 'model',
};

/** One piece of evidence: said by a quoted speaker, or in the outlet's own words. */
function evidence(stance: Stance, rule: string | null, own = false): JudgedUnit {
  return {
    unit: { statement: { own } } as unknown as JudgedUnit['unit'],
    estimate: reporting, stance, confidence: 0.8, words: [], decidedBy: 'rule', rule,
  };
}

const ministry = evidence('asserts', null);
const family = evidence('denies', 'says-opposite');

describe("an article's stance toward a checked claim", () => {
  it('reports a dispute when one voice says the claim and one its opposite', () => {
    // 'The ministry said he was killed'; 'His family says he is alive'.
    expect(articleStance(reporting, [ministry, family]).stance).toBe('reports');
  });

  it('denies when unhedged opposites outnumber what asserts the claim', () => {
    expect(articleStance(reporting, [ministry, family, evidence('denies', 'says-opposite')])).toEqual({ stance: 'denies', confidence: 0.8 });
  });

  it('never denies a claim the article asserts in its own words, however many voices say the opposite', () => {
    const own = evidence('asserts', null, true);
    expect(articleStance(reporting, [own, family, evidence('denies', 'says-opposite')]).stance).toBe('reports');
  });

  it('does not count a hedged opposite, which doubts, as a denial', () => {
    const hedged = evidence('doubts', 'says-opposite');
    expect(articleStance(reporting, [ministry, hedged, evidence('doubts', 'says-opposite')]).stance).toBe('doubts');
  });

  it("keeps the judge's denial of the whole", () => {
    expect(articleStance({ ...reporting, stance: 'denies', confidence: 0.9 }, [ministry]).stance).toBe('denies');
  });
});
