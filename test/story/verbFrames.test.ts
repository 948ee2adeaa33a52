import { describe, expect, it } from 'vitest';
import { alwaysTakesObject } from '../../src/analyze/statements/verbFrames.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

/** What one sentence asserts, as 'subject|predicate'. */
const read = (content: string, people: string[] = []): string[] => readMembers(recordOf('The official', content, people)).map((m) => `${m.proposition.subject}|${m.proposition.predicate}`);

describe("a verb's frames in WordNet", () => {
  it('tells verbs that always take an object from those that can stand alone', () => {
    expect(['wear', 'use', 'destroy', 'carry'].filter(alwaysTakesObject)).toEqual(['wear', 'use', 'destroy', 'carry']);
    expect(['die', 'flee', 'look', 'talk', 'agree', 'hit'].filter(alwaysTakesObject)).toEqual([]);
  });

  it("reads a verb with 're-' as its base where WordNet lists only the object ('the clinic had reopened')", () => {
    expect(alwaysTakesObject('reopen')).toBe(false);
    expect(read('the clinic had reopened last month')).toEqual(['clinic|reopen']);
  });
});

describe('a clause whose verb has lost its object', () => {
  it('is no claim in prose', () => {
    expect(read('the jacket is the same one Vasko Dren wore in the November clip', ['Vasko Dren'])).not.toContainEqual('dren|wear');
    expect(read('the fighters used, according to residents, the old forestry track')).toEqual([]);
    expect(read('Officers had found, and the accounts matched it')).not.toContainEqual('officer|find');
  });

  it('is a claim when its object comes with a preposition or it is a passive', () => {
    expect(read('the Syrian Democratic Forces are relying on direct combat with light weapons')[0]).toMatch(/\|rely$/);
    expect(read('the former grain depot used by the militia was hit', [])).toContainEqual('depot|hit');
  });
});
