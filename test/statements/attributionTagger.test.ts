import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/analyze/segment/tokenize.js';
import { findQuotes } from '../../src/analyze/statements/findQuotes.js';
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
    const context = tagContext(tokens, findQuotes(text, [{ start: 0, end: text.length, kind: 'body' }]), false);
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
