import { describe, expect, it } from 'vitest';
import { claimWords, contrastOf, namesAnotherOfItsKind, rejectedFor } from '../../src/relate/check/judgeArticle.js';

describe("a 'not' that sets one thing against another negates only the other (hospital-blast: 'misfired militant rocket, not air strike, caused Mirvane hospital blast')", () => {
  const headline = 'Valdorian army says misfired militant rocket, not air strike, caused Mirvane hospital blast';

  it.each([
    ['A misfired militant rocket caused the blast at Mirvane hospital', 'affirmed'],
    ['An air strike caused the blast at Mirvane hospital', 'negated'],
  ])('%s: %s', (claim, side) => {
    expect(contrastOf(headline, claimWords(claim))).toBe(side);
  });

  it('reads a revised count the same way, and leaves a sentence with no contrast, or a claim on neither side, alone', () => {
    expect(contrastOf('The number is 87 dead, not 212.', claimWords('212 people were killed'))).toBe('negated');
    expect(contrastOf('The number is 87 dead, not 212.', claimWords('87 people were killed'))).toBe('affirmed');
    expect(contrastOf('The army said the rocket did not come from the west.', claimWords('The rocket came from the west'))).toBeNull();
    expect(contrastOf(headline, claimWords('Mirvane hospital was evacuated'))).toBeNull();
  });
});

describe('a sentence about another named thing of the same kind does not bear on the claim (hospital-blast: the Tolbek strike two years ago)', () => {
  const claim = claimWords('An air strike hit Mirvane Municipal Hospital');

  it.each([
    ["Two years ago, an air strike on Tolbek Children's Hospital killed 19 people.", true],
    ['Sorrell said the hospital had been hit by a Valdorian air strike.', false],
    ["Several commentators have compared Mirvane with the strike on Tolbek Children's Hospital.", false],
    ['The Hospital said nothing.', false],
  ])('%s: %s', (sentence, another) => {
    expect(namesAnotherOfItsKind(sentence, claim)).toBe(another);
  });
});

describe('a claim relayed to be rejected is denied, and only that claim (hospital-blast: the army "rejecting accusations ... that")', () => {
  const sentence = 'a rocket fired by the Ashkar Brigades had misfired and fallen on Mirvane Municipal Hospital, rejecting accusations by Hesran officials that a Valdorian air strike had killed hundreds of people there';

  it('denies what the rejected clause says, not what the sentence says before it', () => {
    expect(rejectedFor(sentence, claimWords('An air strike hit Mirvane Municipal Hospital'))).toBe('rejecting');
    expect(rejectedFor(sentence, claimWords('A misfired rocket hit Mirvane Municipal Hospital'))).toBeNull();
    expect(rejectedFor('The ministry said an air strike hit the hospital.', claimWords('An air strike hit Mirvane Municipal Hospital'))).toBeNull();
  });
});
