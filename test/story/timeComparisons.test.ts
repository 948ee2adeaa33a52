import { describe, expect, it } from 'vitest';
import { holdsBetween } from '../../src/relate/relateClaims.js';
import type { RelationRule } from '../../src/relate/relationRules.js';
import { widenSpan } from '../../src/relate/timeSpan.js';

const rule = (when: RelationRule['when']): RelationRule => ({ kind: 'contradicts', when, why: 'test', applies: (a, b) => a.predicate === 'killed' && b.predicate === 'alive' });
const at = (from: string, to = from) => ({ from, to });

describe('event times in the story are compared as intervals', () => {
  it('does not take alive in week 10 for alive after being killed in June', () => {
    // As text '2017-W10' > '2017-06-01', which made this a contradiction.
    expect(holdsBetween(rule('after'), at('2017-06-01'), at('2017-W10'))).toBe(false);
    expect(holdsBetween(rule('after'), at('2016-12-01'), at('2016-FA'))).toBe(false);
    expect(holdsBetween(rule('after'), at('2017-05-28'), at('2017-09'))).toBe(true);
    expect(holdsBetween(rule('after'), at('2017-05-28'), at('2017-05'))).toBe(true);
  });

  it('takes overlapping times as the same moment, nested as text or not', () => {
    expect(holdsBetween(rule('same'), at('2025-03', '2025-03-09'), at('2025-W10'))).toBe(true);
    expect(holdsBetween(rule('same'), at('2025-03-01'), at('2025-02-20', '2025-03-02'))).toBe(true);
    expect(holdsBetween(rule('same'), at('2016-FA'), at('2016-12-01'))).toBe(false);
  });

  it('an unknown time does not rule a relation out', () => {
    expect(holdsBetween(rule('after'), null, at('2017-W10'))).toBe(true);
    expect(holdsBetween(rule('after'), at('PAST_REF'), at('2017-W10'))).toBe(true);
  });

  it('widens a span by where its values start, a value before those it holds', () => {
    // As text '2017-SP' and '2017-Q1' sort after May; spring and the first quarter start before it.
    expect(widenSpan(at('2017-05-01'), '2017-SP')).toEqual(at('2017-SP', '2017-05-01'));
    expect(widenSpan(at('2017-05-01'), '2017-Q1')).toEqual(at('2017-Q1', '2017-05-01'));
    expect(widenSpan(at('2017-06-01'), '2017-W10')).toEqual(at('2017-W10', '2017-06-01'));
    expect(widenSpan(at('2017-05-01'), '2017-05')).toEqual(at('2017-05', '2017-05-01'));
    expect(widenSpan(at('2017-05'), '2017-05-31')).toEqual(at('2017-05', '2017-05-31'));
    expect(widenSpan(at('2017-05'), 'PAST_REF')).toEqual(at('2017-05'));
    expect(widenSpan(null, '2017-05')).toEqual(at('2017-05'));
  });
});
