import { describe, expect, it } from 'vitest';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

/** [content, expected 'predicate:stance' per proposition about Baghdadi, in text order]. */
const cases: [string, string[]][] = [
  ['Abu Bakr al-Baghdadi was killed in an airstrike', ['killed:asserts']],
  ['Abu Bakr al-Baghdadi was severely injured, though he was not actually killed', ['injured:asserts', 'killed:denies']],
  ['I have no one-hundred-percent confirmation that Abu Bakr al-Baghdadi has been killed', ['killed:doubts']],
  ['Abu Bakr al-Baghdadi was still alive, which showed that the claim that he was dead was wrong', ['alive:asserts', 'killed:denies']],
  ["One of Abu Bakr al-Baghdadi's aides may have been killed rather than Abu Bakr al-Baghdadi himself", ['killed:doubts']],
  ['Abu Bakr al-Baghdadi was not believed to have been in Raqqa at the time', ['absent:asserts']],
  ['Abu Bakr al-Baghdadi is still alive and hiding', ['alive:asserts', 'hiding:asserts']],
  ["If confirmed, Abu Bakr al-Baghdadi's death would mark a major success", ['killed:reports']],
  // An error reported as one denies, though the sentence goes on to wonder (the seeds, The Duran).
  ['the Russians mistakenly thought that Abu Bakr al-Baghdadi had been killed, given the confusion about whether he was alive', ['killed:denies', 'alive:reports']],
  // A guess its speaker calls one takes no position; the same words without it assert, hedged.
  ['Abu Bakr al-Baghdadi may have been hurt. But that is a guess.', ['injured:reports']],
  ["Abu Bakr al-Baghdadi is probably in Syria, but I'm only speculating", ['present:reports']],
  ['Abu Bakr al-Baghdadi may have been hurt.', ['injured:asserts']],
  ['the militia has not confirmed that Abu Bakr al-Baghdadi was wounded', ['injured:asserts']],
  ['Abu Bakr al-Baghdadi survived with serious wounds, revising its earlier assessment that he had most likely been killed', ['alive:asserts', 'injured:asserts', 'killed:denies']],
  // Negative cases: no person to hang the predicate on, or the person is only an owner.
  ['23 militants were killed in the strike', []],
  ["Abu Bakr al-Baghdadi's son was killed in Homs, and four of his commanders were killed", []],
];

describe('readMembers: propositions and stance of one statement', () => {
  it.each(cases)('%s', (content, expected) => {
    const members = readMembers(recordOf('The official', content, ['Abu Bakr al-Baghdadi']));
    const got = members.filter((m) => m.proposition.subject === 'baghdadi').map((m) => `${m.proposition.predicate}:${m.stance}`);
    expect(got).toEqual(expected);
  });

  it('keeps the speaker apart from the outlet and names the relay', () => {
    const [member] = readMembers(recordOf('A colonel', 'Abu Bakr al-Baghdadi was killed', ['Abu Bakr al-Baghdadi']));
    expect(member.attribution.chain).toEqual(['Fixture Post', 'A colonel']);
    expect(member.ref).toMatchObject({ statementId: 's1', text: 'Abu Bakr al-Baghdadi was killed' });
  });

  it('places the speaker on a side by the country it names', () => {
    const [member] = readMembers(recordOf('US and Iraqi officials', 'Abu Bakr al-Baghdadi was injured', ['Abu Bakr al-Baghdadi']));
    expect(member.attribution.side).toBe('iraq+united states');
  });
});

describe('readMembers: a negation on the reporting verb', () => {
  /** 'SPEAKER do not VERB CONTENT', with the negation marked before the cue as the statement stage marks it. */
  function negatedCue(verb: string, content: string) {
    const record = recordOf('I', content, ['Abu Bakr al-Baghdadi']);
    const prefix = 'Story\n\nI do not ';
    const text = `${prefix}${verb} ${content}`;
    const at = (part: string) => ({ text: part, start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const entities = record.entities.map((e) => ({ ...e, start: text.indexOf(e.text), end: text.indexOf(e.text) + e.text.length }));
    const statement = { ...record.statements[0], speaker: { ...at('I'), canonical: 'I' }, cue: at(verb), content: at(content), negated: true, negation: [at('not')] };
    return { ...record, text, entities, paragraphs: [{ start: 0, end: 5, kind: 'title' as const }, { start: 7, end: text.length, kind: 'body' as const }], statements: [statement] };
  }

  it.each([
    ['think', 'Abu Bakr al-Baghdadi is dead', 'killed:denies'],
    ['confirm', 'that Abu Bakr al-Baghdadi was killed', 'killed:doubts'],
  ])('I do not %s %s', (verb, content, expected) => {
    const members = readMembers(negatedCue(verb, content));
    expect(members.map((m) => `${m.proposition.predicate}:${m.stance}`)).toEqual([expected]);
  });

  it('gives a speaker left as a pronoun no side, so it is not counted as an independent source', () => {
    const [member] = readMembers(recordOf('they', 'Abu Bakr al-Baghdadi was killed', ['Abu Bakr al-Baghdadi']));
    expect(member.attribution.side).toBe('');
  });

  it("reads 'we' outside quotation marks as the writer, so the outlet's own word", () => {
    const [member] = readMembers(recordOf('we', 'Abu Bakr al-Baghdadi was killed', ['Abu Bakr al-Baghdadi']));
    expect(member.attribution.speaker).toBe('Fixture Post');
  });
});
