import { describe, expect, it } from 'vitest';
import { wordClass } from '../../src/analyze/statements/wordClass.js';
import { analyzeText } from './analyzeText.js';

const find = (text: string) => analyzeText(text).map((s) => ({ speaker: s.speaker?.text ?? null, cue: s.cue.text, content: s.content.text, rule: s.rule }));

describe('WordNet sense classes', () => {
  it.each([
    ['urged', 'v32'], // a regular form, found by WordNet's own detachment rules
    ['citing', 'v32'],
    ['said', 'v32'], // irregular: the lemma comes from wink-nlp
    ['thought', 'v31'], // a noun too, but the verb reading wins in WordNet's corpus
    ['groups', ''], // a verb too ('to group'), tagged 5 times against 1,346 as a noun
    ['criticism', ''], // no verb reading at all
  ])('%s is %s', (word, expected) => {
    expect(wordClass(word)).toBe(expected);
  });

  it('gives names, numbers and function words no class', () => {
    expect(['Trump', '2017', 'the', 'with', 'x'].map(wordClass)).toEqual(['', '', '', '', '']);
  });
});

describe('findStatements: verbs of communication no list names', () => {
  it('reads an untrained verb of communication with a proposition after it', () => {
    expect(find('Critics derided the plan as a giveaway that would cost jobs.')).toContainEqual(
      expect.objectContaining({ speaker: 'Critics', cue: 'derided', content: 'the plan as a giveaway that would cost jobs' }),
    );
    expect(find('The governor faulted the contractor, whose crews had skipped inspections.')).toContainEqual(
      expect.objectContaining({ speaker: 'The governor', cue: 'faulted' }),
    );
  });

  it('keeps the tagger’s statement when its cue is such a verb', () => {
    expect(find('Opposition lawmakers chided the minister over the delay.')).toContainEqual(
      expect.objectContaining({ speaker: 'Opposition lawmakers', cue: 'chided', content: 'the minister over the delay' }),
    );
  });

  it('reads no verb of another class, and no noun after a determiner', () => {
    expect(find('The groups met on Tuesday.')).toEqual([]);
    // 'check' is a verb of cognition (verify), but with a place preposition after it, an action (ECB+ topic 1).
    expect(find('After skipping out on a rehabilitation facility, Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day stay ordered in her reckless driving conviction.')).toEqual([]);
    expect(find('The Russian claim that he was dead was wrong.')).toEqual([]);
  });
});

describe('findStatements: counts and relative clauses', () => {
  it('reads a count after the cue as content, not as a preposition', () => {
    expect(find('Health officials said at least 212 people had been killed.')).toEqual([
      expect.objectContaining({ speaker: 'Health officials', cue: 'said', content: 'at least 212 people had been killed' }),
    ]);
    expect(find('Officials said about 40 people were wounded.')).toContainEqual(expect.objectContaining({ cue: 'said', content: 'about 40 people were wounded' }));
  });

  it('ends a statement made in a relative clause where the clause closes', () => {
    const text = "The Hesran Health Ministry, which said on Tuesday night that at least 212 people had been killed in the blast, rejected the army's version.";
    expect(find(text)).toContainEqual(expect.objectContaining({ cue: 'said', content: 'at least 212 people had been killed in the blast' }));
    expect(find('Smith, who told reporters on Monday that the plan had failed, resigned.')).toContainEqual(
      expect.objectContaining({ cue: 'told reporters', content: 'the plan had failed' }),
    );
    expect(find('The ministry, which said the strike, which killed 40, was lawful, declined to comment.')).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'the strike, which killed 40, was lawful' }),
    );
  });
});

describe('findStatements: venues, anonymity requests and subjects with a relative clause', () => {
  it('reads a news conference as where the statement was made, not whom it was told', () => {
    expect(find('Army spokesman Piet Anderhall told a news conference in Valden that the rocket had exploded in the car park.')).toEqual([
      expect.objectContaining({ cue: 'told a news conference in Valden', content: 'the rocket had exploded in the car park' }),
    ]);
    expect(find('He told a reporter that the count was complete.')).toContainEqual(expect.objectContaining({ cue: 'told a reporter' }));
  });

  it('makes no statement of a request not to be named', () => {
    expect(find('One doctor, who asked not to be named, said the ward was damaged.')).toEqual([
      expect.objectContaining({ speaker: 'One doctor', cue: 'said', content: 'the ward was damaged' }),
    ]);
  });

  it('takes the head of a subject with a relative clause, not the object inside it', () => {
    expect(find('Analysts who have seen the documents say the count is too high.')).toEqual([
      expect.objectContaining({ speaker: 'Analysts who have seen the documents', cue: 'say', content: 'the count is too high' }),
    ]);
  });
});

describe('findStatements: noun phrases that look like a speaker and a cue', () => {
  it.each([
    // A preposition before a determiner: 'thanks to a ...' opens no subject.
    'Both governments have tried to kill him for years, but thanks to a healthy dose of luck and government leaks under the Obama administration, he has managed to elude them.',
    // An -ing noun with a participle after it: 'audio recording released'.
    "Baghdadi's last message came in the form of an undated 46-minute audio recording released in September.",
    // A superlative with no noun.
    'Though the latest reports were broken by CNN, the clearest written account of them has been provided by The Times of London.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });
});
