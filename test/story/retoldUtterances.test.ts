import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** A June recap of March, read through the whole pipeline, published on 2025-06-13. */
function membersOf(body: string): ReturnType<typeof readMembers> {
  const content = `Recap\n\n${body}`;
  const analysed = analyzeArticle({ source: 'recap.txt', format: 'text', content, encoding: 'utf-8', supplied: { from: 'manifest', published: '2025-06-13', outlet: 'KRT News' } });
  return readMembers(toArticleRecord(analysed));
}

const killedBy = (members: ReturnType<typeof readMembers>, speaker: RegExp) =>
  members.filter((m) => m.proposition.predicate === 'killed' && speaker.test(m.attribution.speaker)).map((m) => `${m.stance}:${m.stanceRule}`);

describe('an utterance retold in a recap is background, not a fresh assertion on the recap\'s date', () => {
  it("reads a speech act dated only relative to the story ('A week later, ... said') as an earlier utterance", () => {
    const members = membersOf('Four days after the strike, the ministry said Vasko Dren may have been killed. A week later, Deputy Defence Minister Lukan Mereth said it was "highly likely" that Vasko Dren had been killed.');
    expect(killedBy(members, /Mereth/u)).toEqual(['reports:earlier-utterance']);
  });

  it("reads what a speaker says someone else told them as a relayed report, and the someone's words as retold", () => {
    const members = membersOf('"For three months the ministry told us Vasko Dren was dead. It turns out that we were told what someone hoped, not what anyone knew," said Vera Holm, a member of parliament\'s defence committee.');
    expect(members.filter((m) => m.proposition.predicate === 'killed').every((m) => m.stance === 'reports')).toBe(true);
  });

  it('still reads a speech act of the day as an assertion', () => {
    const members = membersOf('Deputy Defence Minister Lukan Mereth said on Friday that Vasko Dren had been killed.');
    expect(killedBy(members, /Mereth/u)).toEqual(['asserts:asserts']);
  });
});

describe("a frame with no speaker inside a speaker's words", () => {
  it("is the speaker's, not the outlet's own ('\"According to the information available, ...\" the ministry said')", () => {
    const members = membersOf('"According to the information available, the leader of the Oren Valley Front, Vasko Dren, may have been eliminated in the strike on the night of March 9," the ministry said in a statement.');
    const killed = members.filter((m) => m.proposition.predicate === 'killed');
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.every((m) => m.attribution.speaker !== 'KRT News')).toBe(true);
  });
});
