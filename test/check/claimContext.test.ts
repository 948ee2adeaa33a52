import { describe, expect, it } from 'vitest';
import type { ClaimMember, ClaimNeighbourhood } from '../../src/model/story.js';
import { claimContextOf, publishedBefore, statementKey } from '../../src/relate/check/claimContext.js';
import { propositionOf } from '../../src/relate/propositions/propositionOf.js';

/** A member of a claim about Dren, asserted in article `articleId`, reported on `reportedOn`. */
function member(articleId: string, predicate: string, trigger: string, reportedOn: string, extra: { eventTime?: string; hedged?: boolean } = {}): ClaimMember {
  const ref = { articleId, statementId: 's1', text: trigger, start: 0, end: trigger.length };
  return {
    ref, reportedOn, publishedOn: reportedOn,
    proposition: { ...propositionOf({ subject: 'dren', subjectName: 'Dren', predicate, trigger: ref }), eventTime: extra.eventTime ?? null },
    attribution: { speaker: 'a witness', speakerKey: 'a witness', side: 'a witness', outlet: 'Post', chain: ['Post'] },
    stance: 'asserts', stanceWords: [], hedged: extra.hedged ?? false, stanceRule: 'fixture', sourceId: '',
  };
}

const contradicts = (to: string, why: string) => ({ kind: 'contradicts' as const, from: 'dren.killed.1', to, sequence: false, why });

/** 'Dren was killed in the strike of 14 March 2025', with what the story holds against it. */
function neighbourhood(related: ClaimNeighbourhood['related']): ClaimNeighbourhood {
  return {
    predicate: 'killed', eventTime: { from: '2025-03-14', to: '2025-03-14' },
    relations: [contradicts('dren.alive.1', 'killed vs alive afterwards'), contradicts('dren.absent.1', 'killed there vs not there')],
    related,
  };
}

describe('what the story holds against a checked claim', () => {
  it('counts being alive after the killing, not before it', () => {
    const context = claimContextOf('dren.killed.1', neighbourhood([
      { id: 'dren.alive.1', predicate: 'alive', members: [member('later', 'alive', 'alive', '2025-04-02'), member('earlier', 'alive', 'survived', '2025-02-20')] },
    ]));
    expect(context.opposing.get(statementKey('later', 's1'))).toMatchObject({ claimId: 'dren.alive.1', words: ['alive'], hedged: false });
    // Written three weeks before the strike: it says nothing against a killing that had not happened yet.
    expect(context.opposing.has(statementKey('earlier', 's1'))).toBe(false);
  });

  it('counts not being there only at the time of the strike, and keeps a hedge', () => {
    const context = claimContextOf('dren.killed.1', neighbourhood([
      {
        id: 'dren.absent.1', predicate: 'absent', members: [
          member('then', 'absent', 'been', '2025-03-20', { eventTime: '2025-03', hedged: true }),
          member('another-year', 'absent', 'been', '2025-03-20', { eventTime: '2024-06' }),
        ],
      },
    ]));
    expect(context.opposing.get(statementKey('then', 's1'))?.hedged).toBe(true);
    expect(context.opposing.has(statementKey('another-year', 's1'))).toBe(false);
  });

  it('knows an article published before the event cannot report it', () => {
    expect(publishedBefore('2025-03-09', { from: '2025-03', to: '2025-03-14' })).toBe(false);
    expect(publishedBefore('2025-02-27', { from: '2025-03', to: '2025-03-14' })).toBe(true);
    expect(publishedBefore(null, { from: '2025-03', to: '2025-03-14' })).toBe(false);
    expect(publishedBefore('2025-02-27', null)).toBe(false);
  });
});
