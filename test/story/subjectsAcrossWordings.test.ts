import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/relate/nameKey.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

/** What each proposition of one statement says, as 'subject|predicate|object'. */
function read(content: string, people: string[]): string[] {
  return readMembers(recordOf('Her lawyer', content, people)).map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.proposition.object ?? ''}`);
}

describe('one subject however an article words it (ECB+: the same event split by its wording)', () => {
  it('reads a title written before a name as that person: "actress Lindsay Lohan" ... "the actress"', () => {
    expect(read('actress Lindsay Lohan checked into a clinic on Thursday, and the actress was arrested on Friday', ['Lindsay Lohan'])).toEqual([
      'lohan|check into|clinic',
      'lohan|captured|',
    ]);
  });

  it('reads an indefinite or bare apposition as the person: "Fred LaRue, a Nixon administration official," ... "the official"', () => {
    expect(read('Fred LaRue, a Nixon administration official who served a prison term, was arrested in 1973, and the official died on Thursday', ['Fred LaRue'])).toContain('larue|killed|');
    expect(read('Esther Williams, swimming champion, retired in 1961, and the champion died on Thursday', ['Esther Williams'])).toContain('williams|killed|');
    // 'a native of Mississippi' names no one: the native who died is not LaRue.
    expect(read('Fred LaRue, a native of Mississippi, was arrested in 1973, and the native died on Thursday', ['Fred LaRue'])).not.toContain('larue|killed|');
  });

  it('does not take a word that cannot name a person for a title', () => {
    expect(read('police questioned Lindsay Lohan on Thursday, and the questioned was arrested', ['Lindsay Lohan']).some((m) => m.startsWith('lohan|captured'))).toBe(false);
  });

  it('reads "checked herself into" as "checked into"', () => {
    expect(read('Lindsay Lohan checked herself into a clinic', ['Lindsay Lohan'])).toEqual(read('Lindsay Lohan checked into a clinic', ['Lindsay Lohan']));
  });

  it('takes no time for a subject or an object: "Thursday\'s death of ...", "reopened last month"', () => {
    expect(read("Thursday's death of Vasko Dren shocked the town", ['Vasko Dren'])).toContain('dren|killed|');
    expect(read('the clinic had reopened last month', [])).toEqual(['clinic|reopen|']);
  });

  it('keys a name by its family name, not its generation', () => {
    expect(nameKey('Vincent Gigante Jr.')).toBe('gigante');
    expect(nameKey('Ken Griffey, Sr.')).toBe('griffey');
    expect(nameKey('Martin Luther King III')).toBe('king');
    expect(nameKey('Abu Bakr al-Baghdadi')).toBe('baghdadi');
  });
});
