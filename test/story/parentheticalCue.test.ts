import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

function recordOf(body: string) {
  const content = `Strike on the market\n\n${body}\n`;
  return toArticleRecord(analyzeArticle({ source: 'aside.txt', format: 'text', content, encoding: 'utf-8', supplied: { from: 'manifest', published: '2025-10-21', outlet: 'Aside Post' } }));
}

const statementsOf = (body: string) => recordOf(body).statements.map((s) => [s.speaker?.text ?? null, s.cue.text, s.content.text]);

describe('a cue set between commas inside what it reports', () => {
  it('reads both sides of the cue as one statement of the speaker between them', () => {
    expect(statementsOf('The strike on the market, the ministry said, killed 12 people.')).toEqual([
      ['the ministry', 'said', 'The strike on the market, the ministry said, killed 12 people'],
    ]);
    expect(statementsOf('The museum, Mr. Bush said, celebrated several of his heroes.')).toEqual([
      ['Mr. Bush', 'said', 'The museum, Mr. Bush said, celebrated several of his heroes'],
    ]);
  });

  it('reads the clause without the speaker and cue: the subject before them does what the verb after them says', () => {
    const members = readMembers(recordOf('The strike on the market, the ministry said, killed 12 people.'));
    expect(members.map((m) => [m.proposition.subject, m.proposition.predicate, m.proposition.quantity?.low, m.attribution.speaker])).toEqual([['people', 'killed', 12, 'the ministry']]);
  });

  it('leaves a quotation before the cue to the quotation rules', () => {
    expect(statementsOf('“The market was full,” the ministry said, adding that rescuers were still at work.').map((s) => s[2])).not.toContain(
      '“The market was full,” the ministry said, adding that rescuers were still at work',
    );
  });
});

describe('a speaker whose last word ends in -ly', () => {
  it('is a noun, not an adverb before the cue', () => {
    expect(statementsOf('The family watched the video on Thursday, attorneys for the family said.')).toEqual([
      ['attorneys for the family', 'said', 'The family watched the video on Thursday'],
    ]);
  });
});
