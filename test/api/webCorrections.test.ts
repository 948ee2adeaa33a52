import { describe, expect, it } from 'vitest';
import { articleOfTarget, correctionState, describeTarget, formatTime, markSummary } from '../../web/src/correctionText.js';
import { claimHolding, statementToFollow } from '../../web/src/followClaim.js';
import type { SourceRecord } from '../../web/src/types.js';

const statement = { articleId: 'b747cc9c7d26', statementId: 's1', text: 'strike may have killed militia commander Vasko Dren', trigger: 'killed' };
const anchor = (claimId: string) => ({ claimId, subject: 'dren', statements: [statement] });

describe('the web app tells corrections in words', () => {
  it('says who, when (in UTC, the same for every reader) and why', () => {
    expect(formatTime('2026-12-04T17:08:54.372Z')).toBe('4 Dec 2026, 17:08 UTC');
    expect(markSummary({ kind: 'stance', by: 'Ana Reyes', at: '2026-12-04T17:08:54.372Z', note: 'the paragraph denies it' }))
      .toBe('stance set by Ana Reyes, 4 Dec 2026, 17:08 UTC: the paragraph denies it');
    expect(markSummary({ kind: 'exclude', by: 'Ben Okafor', at: '2026-03-01T09:00:00.000Z', note: '' })).toBe('article excluded by Ben Okafor, 1 Mar 2026, 09:00 UTC');
    expect(correctionState({ undone_at: null, undone_by: null })).toBe('in force');
    expect(correctionState({ undone_at: '2026-12-05T08:01:00.000Z', undone_by: 'Ben Okafor' })).toBe('undone by Ben Okafor, 5 Dec 2026, 08:01 UTC');
  });

  it('describes each kind, quoting the statement and telling apart two speakers of one name', () => {
    expect(describeTarget({ kind: 'merge', claims: [anchor('dren.killed.1'), anchor('dren.killed.3')] })).toBe('Merged claim dren.killed.3 into dren.killed.1');
    expect(describeTarget({ kind: 'stance', statement, stance: 'denies' }))
      .toBe('Set the stance of b747cc9c:s1 “strike may have killed militia commander Vasko Dren” to denies');
    expect(describeTarget({ kind: 'split', claim: anchor('dren.injured.1'), statements: [statement, { ...statement, statementId: 's4' }] }))
      .toBe('Split 2 statements off claim dren.injured.1 into a new claim: b747cc9c:s1, b747cc9c:s4');
    expect(describeTarget({ kind: 'same-source', speakers: [{ name: 'Mira Oszko', key: 'oszko' }, { name: 'Mira Oszko', key: 'mira oszko' }], same: true }))
      .toBe('Marked Mira Oszko (oszko) and Mira Oszko (mira oszko) as the same source');
    expect(describeTarget({ kind: 'same-source', speakers: [{ name: 'Peskov', key: 'peskov' }, { name: 'the Kremlin', key: 'kremlin' }], same: false }))
      .toBe('Marked Peskov and the Kremlin as different sources');
    expect(describeTarget({ kind: 'date', articleId: '88d6757511ae', date: '2025-03-30' })).toBe('Set the date of article 88d67575 to 30 Mar 2025');
    const long = { ...statement, text: 'word '.repeat(40).trim() };
    expect(describeTarget({ kind: 'move', statement: long, to: anchor('dren.injured.1') })).toMatch(/^Moved b747cc9c:s1 “(word ){17}word…” to claim dren.injured.1$/);
    expect(articleOfTarget({ kind: 'speaker', statement, speaker: 'Ivo Brandt' })).toEqual({ article: 'b747cc9c7d26', statement: 's1' });
    expect(articleOfTarget({ kind: 'merge', claims: [anchor('a.b.1'), anchor('a.b.2')] })).toBeNull();
  });
});

describe('a claim page follows its claim through a correction', () => {
  const source = (claim: string, refs: [string, string][]) => ({ claim, statements: refs.map(([article, s]) => ({ article, statement: s })) }) as unknown as SourceRecord;
  const sources = [source('dren.killed.1', [['b747cc9c7d26', 's1'], ['4cb56dc66d27', 's5']]), source('dren.fled.1', [['b747cc9c7d26', 's1']])];

  it('stays on the claim while it holds the statement, else goes where it is now', () => {
    expect(claimHolding(sources, { article: 'b747cc9c7d26', statement: 's1' }, 'dren.killed.1')).toBe('dren.killed.1');
    expect(claimHolding(sources, { article: 'b747cc9c7d26', statement: 's1' }, 'dren.killed.3')).toBe('dren.killed.1');
    expect(claimHolding(sources, { article: 'ffffffffffff', statement: 's1' }, 'dren.killed.1')).toBeNull();
  });

  it('follows a statement that stays, or the one that left when none stays', () => {
    const statements = [{ article: 'a', statement: 's1' }, { article: 'a', statement: 's2' }];
    expect(statementToFollow(statements, new Set(['a/s1']))).toEqual({ article: 'a', statement: 's2' });
    expect(statementToFollow(statements, new Set(['a/s1', 'a/s2']))).toEqual({ article: 'a', statement: 's1' });
    expect(statementToFollow([], new Set())).toBeNull();
  });
});
