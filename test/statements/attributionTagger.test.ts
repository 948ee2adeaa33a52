import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/analyze/segment/tokenize.js';
import { findQuotes } from '../../src/analyze/statements/findQuotes.js';
import { partsOfSpeech } from '../../src/analyze/statements/partsOfSpeech.js';
import { beamSearch, labelsOf, tagSentence, type Hypothesis, type HypothesisScorer } from '../../src/analyze/statements/attributionTagger.js';
import { addModelScores, modelScorer, sentenceIds } from '../../src/analyze/statements/taggerModel.js';
import { featuresOf, tagContext, tagLabels } from '../../src/analyze/statements/tagFeatures.js';

describe('the attribution tagger’s model', () => {
  // The stage scores by ids, training by feature names: both must give the same scores.
  it.each([
    '“We will not be bullied,” the mayor of Larkfield said on Tuesday, adding that the count was fair.',
    'Senator Mara Lind blasted the budget plan, which she called “a giveaway.”',
    'ORTEGA: Well, look.',
  ])('scores %j alike by feature name and by id', (text) => {
    const tokens = tokensOf(text);
    const context = tagContext(tokens, findQuotes(text, [{ start: 0, end: text.length, kind: 'body' }]), false, partsOfSpeech(text, tokens));
    expect(context.pos).toContain('VERB');
    const ids = sentenceIds(context);
    // Any history will do: a made-up one that runs through every label.
    const history = tokens.map((_, i) => (i * 3) % tagLabels.length);
    tokens.forEach((_, i) => {
      const cueBefore = i > 4;
      const sourceBefore = i % 2 === 1;
      const byName = new Float64Array(tagLabels.length);
      modelScorer(featuresOf(context, i, history.map((c) => tagLabels[c]), cueBefore, sourceBefore), byName);
      const byId = new Float64Array(tagLabels.length);
      addModelScores(ids, i, history, cueBefore, sourceBefore, byId);
      expect([...byId]).toEqual([...byName]);
    });
  });
});

describe('the attribution tagger’s beam search', () => {
  const index = (label: string): number => tagLabels.indexOf(label as (typeof tagLabels)[number]);
  // Token 0 leans to 'O' (1 against 0.9 for B-S), but only a source before it makes token 1 a cue (5 points):
  // greedy reading commits to 'O' and never sees the cue; a beam of two keeps the source reading until it pays.
  const gardenPath: HypothesisScorer = (i, h, scores) => {
    if (i === 0) {
      scores[index('O')] = 1;
      scores[index('B-S')] = 0.9;
    } else scores[index('B-C')] = labelsOf(h)[0] === index('B-S') ? 5 : 0.5;
  };
  const bestOf = (beam: Hypothesis[]): string[] => labelsOf(beam[0]).map((c) => tagLabels[c]);

  it('keeps a reading that pays only later, which a greedy search drops', () => {
    expect(bestOf(beamSearch(2, 1, gardenPath))).toEqual(['O', 'B-C']);
    expect(bestOf(beamSearch(2, 2, gardenPath))).toEqual(['B-S', 'B-C']);
    expect(beamSearch(2, 2, gardenPath)[0].score).toBeCloseTo(5.9);
  });

  it('never continues a span it did not open, and stops where asked', () => {
    // Every I- label scores highest, but an I- needs the same role right before it.
    const wantsInside: HypothesisScorer = (_, __, scores) => {
      for (const label of ['I-S', 'I-C', 'I-K']) scores[index(label)] = 10;
    };
    const best = labelsOf(beamSearch(3, 4, wantsInside)[0]);
    expect(tagLabels[best[0]].startsWith('I-')).toBe(false);
    best.forEach((c, k) => {
      if (tagLabels[c].startsWith('I-')) expect(tagLabels[best[k - 1]].slice(2)).toBe(tagLabels[c].slice(2));
    });
    const seen: number[] = [];
    beamSearch(5, 2, gardenPath, (i) => (seen.push(i), i < 2));
    expect(seen).toEqual([0, 1, 2]);
  });

  it('reads a source the cue two words on decides, with the trained weights', () => {
    const text = 'Senator Mara Lind on Tuesday blasted the budget plan as a giveaway to donors.';
    const tokens = tokensOf(text);
    const labels = tagSentence(tagContext(tokens, [], false, partsOfSpeech(text, tokens)));
    const role = (word: string): string => labels[tokens.findIndex((t) => t.text === word)];
    expect(role('Lind')).toMatch(/-S$/);
    expect(role('blasted')).toMatch(/-C$/);
  });
});
