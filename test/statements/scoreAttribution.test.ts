import { describe, expect, it } from 'vitest';
import { readBratAttributions } from '../../scripts/eval/readBratAttributions.js';
import { prf, scoreAttributions, type ScoredAttribution } from '../../scripts/eval/scoreAttribution.js';
import type { Span } from '../../src/analyze/types.js';

const text = 'Officials said that the strike killed him. "It is over," he said.';

/** The span of the n-th occurrence (from 0) of a phrase. */
function at(phrase: string, nth = 0): Span[] {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  return [{ start, end: start + phrase.length }];
}

const gold: ScoredAttribution[] = [
  { source: at('Officials'), cue: at('said'), content: at('that the strike killed him') },
  { source: at('he'), cue: at('said', 1), content: at('"It is over,"') },
];
const predicted: ScoredAttribution[] = [
  { source: at('Officials'), cue: at('said'), content: at('the strike killed him') },
  { source: [], cue: at('said', 1), content: at('It is over') },
  { source: at('strike'), cue: at('killed'), content: at('him.') },
];

describe('scoreAttributions on a hand-worked case', () => {
  const scores = scoreAttributions(text, gold, predicted);

  it('scores sources: Officials right, strike wrong, he missed', () => {
    expect(scores.overlap.source).toEqual({ correct: 1, found: 1, predicted: 2, gold: 2 });
    expect(scores.exact.source).toEqual({ correct: 1, found: 1, predicted: 2, gold: 2 });
  });

  it('scores cues: the extra "killed" costs precision only', () => {
    expect(scores.overlap.cue).toEqual({ correct: 2, found: 2, predicted: 3, gold: 2 });
    expect(prf(scores.overlap.cue)).toEqual({ precision: 2 / 3, recall: 1, f1: 0.8 });
  });

  it('scores contents: "him" overlaps gold but is not exact; "that" and quote marks are ignored when exact', () => {
    expect(scores.overlap.content).toEqual({ correct: 3, found: 2, predicted: 3, gold: 2 });
    expect(scores.exact.content).toEqual({ correct: 2, found: 2, predicted: 3, gold: 2 });
  });

  it('pairs whole attributions by overlapping cue and content, then by source', () => {
    expect(scores.attribution).toEqual({ correct: 2, found: 2, predicted: 3, gold: 2 });
    expect(scores.attributionWithSource).toEqual({ correct: 1, found: 1, predicted: 3, gold: 2 });
    expect(prf(scores.attributionWithSource).f1).toBeCloseTo(0.4);
  });
});

describe('readBratAttributions', () => {
  it('ties sources, cues and fragmented contents through events', () => {
    const ann = [
      'T1\tSource 0 9\tOfficials',
      'T2\tCue 10 14\tsaid',
      'T3\tContent 15 41\tthat the strike killed him',
      'T4\tAttribution 10 14\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 59 63\tsaid',
      'T6\tContent 43 50;51 56\t"It is over,"',
      'T7\tAttribution-no-source 59 63\tsaid',
      'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
      'T8\tDiscard 0 3\tOff',
    ].join('\n');
    expect(readBratAttributions(ann)).toEqual([
      { source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 41 }] },
      { source: [], cue: [{ start: 59, end: 63 }], content: [{ start: 43, end: 50 }, { start: 51, end: 56 }] },
    ]);
  });
});
