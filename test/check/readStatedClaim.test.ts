import { describe, expect, it } from 'vitest';
import { readStatedClaim } from '../../src/relate/check/readStatedClaim.js';

const gist = (claim: string) => readStatedClaim(claim).map((p) => ({ subject: p.subject, predicate: p.predicate, agent: p.agent, quantity: p.quantity?.text ?? null }));

describe('a stated claim read as the story reads a headline', () => {
  it('reads the same proposition from the active and the passive voice', () => {
    const passive = gist('Mirvane Municipal Hospital was hit by an air strike');
    expect(passive).toEqual([{ subject: 'hospital', predicate: 'hit', agent: 'strike', quantity: null }]);
    expect(gist('An air strike hit Mirvane Municipal Hospital')).toEqual(passive);
  });

  it('reads claims about people, counts, causes and objects', () => {
    expect(gist('Abu Bakr al-Baghdadi was killed in a Russian airstrike')).toEqual([{ subject: 'baghdadi', predicate: 'killed', agent: 'strike', quantity: null }]);
    expect(gist('At least 212 people were killed in the blast')).toEqual([{ subject: 'people', predicate: 'killed', agent: 'blast', quantity: 'At least 212' }]);
    // The blast named after the hospital: the hospital hit by the rocket, as the story reads it.
    expect(gist('A misfired militant rocket caused the Mirvane hospital blast')).toContainEqual({ subject: 'hospital', predicate: 'hit', agent: 'rocket', quantity: null });
    expect(gist('A misfired militant rocket caused the blast')).toContainEqual({ subject: 'blast', predicate: 'caused', agent: 'rocket', quantity: null });
    expect(gist('The intercepted recording is fake')).toEqual([{ subject: 'recording', predicate: 'fake', agent: null, quantity: null }]);
  });

  it('reads nothing from a claim that asserts nothing, and leaves a denial to the judge', () => {
    expect(readStatedClaim('')).toEqual([]);
    expect(readStatedClaim('!!!')).toEqual([]);
    expect(readStatedClaim('Baghdadi was not killed')).toEqual([]);
  });
});
