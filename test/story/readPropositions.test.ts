import { describe, expect, it } from 'vitest';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

/** What one sentence asserts, as 'subject|predicate|low..high|stance', in text order. */
function read(content: string): string[] {
  return readMembers(recordOf('The official', content, ['Vasko Dren'])).map((m) => {
    const q = m.proposition.quantity;
    return `${m.proposition.subject}|${m.proposition.predicate}|${q ? `${q.low}..${q.high ?? ''}` : ''}|${m.stance}`;
  });
}

describe('reading propositions from a sentence', () => {
  it.each([
    // Counts with their bounds.
    ['between 80 and 100 people were killed in the blast', ['people|killed|80..100|asserts']],
    ['at least 212 people were killed in the blast', ['people|killed|212..|asserts']],
    ['no more than 50 people were killed', ['people|killed|0..50|asserts']],
    // Numbers in words with their scale: 'two hundred' is about 200 (a round figure), not 2; 'hundreds' a range.
    ['two hundred people died in that car park', ['people|killed|180..220|asserts']],
    ['twenty-five people were killed', ['people|killed|25..25|asserts']],
    ['hundreds of people were killed', ['people|killed|200..999|asserts']],
    ['the death toll stood at 80-100', ['people|killed|80..100|asserts']],
    // A day of the month is no count.
    ['the toll from the 9 March strike rose to 87', ['people|killed|87..87|asserts']],
    // A verdict on the next clause does not reach back.
    ['Vasko Dren was killed in the strike, and rumours of a ceasefire are wrong', ['dren|killed||asserts', 'ceasefire|wrong||denies']],
    ['at least 212 people were killed did not turn out to be true', ['people|killed|212..|denies']],
    // A subject that names none, and a belief that no one holds, deny.
    ['not a single civilian facility was struck', ['facility|hit||denies']],
    ['nobody who has seen the site believes two hundred people died in that car park', ['people|killed|180..220|denies']],
    ['Dren is dead, and nobody believes the ministry', ['dren|killed||asserts']],
    // A count called false by the very word its predicate was read from, and a claim rejected as it is relayed.
    ['the ministry\'s toll of 212 was grossly inflated', ['people|killed|212..212|denies']],
    ['a rocket had misfired, rejecting accusations by officials that an air strike had killed hundreds of people', ['rocket|misfire||asserts', 'people|killed|200..999|denies']],
    ['a rocket had misfired, amid accusations by officials that an air strike had killed hundreds of people', ['rocket|misfire||asserts', 'people|killed|200..999|reports']],
    // The subject of a verb after a relative clause is what the clause hangs on, however many phrases the clause ends with.
    // (The figure was given; no people gave anything: 'people|give' was read here before a number that changes hands was an amount.)
    ['the figure of 212 that was given on the night of the blast is too high', ['people|killed|212..212|denies']],
    ['any armed foreigner found in Marennia would be detained', ['foreigner|captured||reports']],
    // A phrase after 'of' and a demonstrative is inside the subject, not the subject.
    ['a bomb of that kind would have left a much deeper crater', ['bomb|leave||asserts']],
    // A number given for the dead, with its count after where the parse closes the clause.
    ['the UN put the number between 80 and 100', ['people|killed|80..100|asserts']],
  ])('%s', (content, expected) => {
    expect(read(content)).toEqual(expected);
  });

  it('reads what no one says as nobody\'s word, and a belief that no one holds as denied', () => {
    const said = (speaker: string, content: string) => readMembers(recordOf(speaker, content, [])).map((m) => `${m.attribution.speaker}|${m.stance}`);
    expect(said('Nobody in the ministry', 'two hundred people died in that car park')).toEqual([]);
    expect(said('The ministry', 'two hundred people died in that car park')).toEqual(['The ministry|asserts']);
  });

  it('gives a participle after a passive to the passive agent, not to what was hit', () => {
    const members = readMembers(recordOf('The official', 'the hospital was hit by an air strike, killing 23 patients', []));
    const killed = members.find((m) => m.proposition.predicate === 'killed')!;
    expect(killed.proposition.agent).toBe('strike');
    expect(killed.proposition.predicateText).toBe('were killed by air strike');
  });

  it('reads whoever gives a count as its source, not as what killed them, and a number of things as no toll', () => {
    const [toll] = readMembers(recordOf('The official', 'the UN put the number between 80 and 100', []));
    expect(toll.proposition.agent).toBeNull();
    expect(read('analysts put the number of phones sold at 10 million').some((m) => m.startsWith('people|killed'))).toBe(false);
  });

  it('never reads a pronoun as the one its own clause names', () => {
    const said = (content: string) => readMembers(recordOf('Vasko Dren', content, ['Vasko Dren'])).map((m) => `${m.proposition.subject}|${m.proposition.predicate}`);
    // 'he' is the article's person Dren, unless the clause names Dren beside it.
    expect(said('he was wounded in the strike')).toEqual(['dren|injured']);
    expect(said('he recognised Vasko Dren from posters')).toEqual([]);
  });

  it('reads no claim in a refusal to speak, and reads what else is refused', () => {
    const said = (content: string) => readMembers(recordOf('The official', content, ['Vasko Dren'])).map((m) => `${m.proposition.subject}|${m.proposition.predicate}`);
    expect(said('the ministry declined to describe its sources')).toEqual([]);
    expect(said('the ministry refused to comment')).toEqual([]);
    expect(said('Vasko Dren refused to leave Halvek')).toEqual(['dren|leave']);
  });

  it('ends a clause at its last word', () => {
    const members = readMembers(recordOf('The official', 'Vasko Dren died and his deputy fled', ['Vasko Dren']));
    expect(members.map((m) => m.proposition.predicateText)).toEqual(['died', 'fled']);
  });

});
