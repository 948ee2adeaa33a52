import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateStance, prepareClaim, prepareText } from '../../src/stance/estimateStance.js';
import { featureIds } from '../../src/stance/stanceFeatures.js';

const claim = prepareClaim('The mayor of Dunmore resigned on Friday');
const judge = (text: string) => estimateStance(claim, prepareText(text));

describe('estimateStance on sentences written for the test', () => {
  it('finds a denial, with the words that deny', () => {
    const estimate = judge(
      'A spokesman for the city denied on Saturday that the mayor of Dunmore had resigned, calling the rumours false. ' +
        'The mayor of Dunmore has not resigned and will chair Monday’s council meeting as planned, he said.\n' +
        'The story first spread on a satirical website that later admitted it was a hoax.',
    );
    expect(estimate.related).toBeGreaterThan(0.5);
    expect(estimate.stance).toBe('denies');
    expect(estimate.words).toEqual(expect.arrayContaining(['denied']));
  });

  it('finds an assertion', () => {
    const estimate = judge(
      'The mayor of Dunmore resigned on Friday after eleven years in office. ' +
        'In a short letter he thanked residents and explained that he was stepping down to care for his family. ' +
        'His deputy, Ellen Marsh, will lead the town until an election in the spring.',
    );
    expect(estimate.related).toBeGreaterThan(0.5);
    expect(estimate.stance).toBe('asserts');
  });

  it('finds a hedged report', () => {
    const estimate = judge(
      'Did the mayor of Dunmore resign on Friday? Posts shared widely on social media claim he may have stepped down, ' +
        'and some residents say they heard the news at the market. Others suggest the rumour is about a different official. ' +
        'The council is expected to comment next week.',
    );
    expect(estimate.related).toBeGreaterThan(0.5);
    expect(estimate.stance).toBe('reports');
  });

  it('doubts by rule when a bearing sentence withholds belief', () => {
    const estimate = judge('City officials could not confirm that the mayor of Dunmore resigned on Friday, and the council has no evidence of a letter.');
    expect(estimate.stance).toBe('doubts');
    expect(estimate.decidedBy).toBe('rule');
    expect(estimate.words).toEqual(expect.arrayContaining(['could not confirm']));
  });

  it('finds an unrelated text unrelated', () => {
    const estimate = judge(
      'Heavy rain flooded several roads in the north of the county on Tuesday. Forecasters warned of more storms ' +
        'later in the week and advised drivers to avoid the coastal route.',
    );
    expect(estimate.related).toBeLessThan(0.5);
  });

  it('gives probabilities that sum to one', () => {
    const { probabilities } = judge('The mayor of Dunmore resigned on Friday.');
    expect(probabilities.asserts + probabilities.denies + probabilities.reports).toBeCloseTo(1, 9);
  });
});

describe('the committed weights', () => {
  const weights: unknown = JSON.parse(readFileSync('src/stance/stanceJudgeWeights.json', 'utf8'));

  /** Every string in the file with the key it stands under: only our feature ids and class names may be there. */
  function strings(value: unknown, key: string): { key: string; text: string }[] {
    if (typeof value === 'string') return [{ key, text: value }];
    if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
    return [];
  }

  it('holds no text from the data: only feature ids and the stance names', () => {
    const found = strings(weights, '');
    const allowed = new Set([...featureIds.map((id) => `featureIds:${id}`), 'stances:asserts', 'stances:denies', 'stances:reports']);
    expect(found.map((s) => `${s.key}:${s.text}`).filter((s) => !allowed.has(s))).toEqual([]);
    expect(found.filter((s) => s.key === 'featureIds').map((s) => s.text)).toEqual(featureIds);
  });

  it('has only the keys of the model format', () => {
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          keys.add(k);
          walk(v);
        }
      }
    };
    walk(weights);
    const format = ['featureIds', 'stances', 'related', 'stance', 'trainedOn', 'base', 'trees', 'rounds', 'feature', 'threshold', 'left', 'right', 'value', 'fncPairs', 'emergentPairs'];
    expect([...keys].filter((k) => !format.includes(k))).toEqual([]);
  });
});
