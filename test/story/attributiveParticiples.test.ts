import { describe, expect, it } from 'vitest';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

const read = (content: string) =>
  readMembers(recordOf('Ivo Brandt', content, ['Vasko Dren'])).map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.proposition.agent ?? ''}|${m.proposition.predicateText}`);

describe('a participle inside a noun phrase an article opens is said of its noun', () => {
  it("reads 'a badly wounded commander' as the commander injured, with no cause taken from before the article", () => {
    // Before: 'sense' (in 'make sense for') was read as the subject of 'wounded', and so as the cause of the injury.
    expect(read('a move across the border would make sense for a badly wounded commander')).toContain('commander|injured||was injured');
  });

  it("words it as a passive: 'A badly hurt man in a village' -> 'was injured in a village'", () => {
    expect(read('A badly hurt man in a village has every reason to move before autumn')).toContain('man|injured||was injured in a village');
  });

  it("leaves a verb after an adverb and a quote as the verb it is: '\"fully shares the assessment' is no assessment shared", () => {
    expect(read('she "fully shares the assessment of the Defence Ministry"').some((member) => member.startsWith('assessment|'))).toBe(false);
  });
});
