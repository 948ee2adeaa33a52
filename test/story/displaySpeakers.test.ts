import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** A sample-corpus article read whole, as `analyze` reads it, dated as its manifest or page dates it. */
function membersOfSample(file: string, published: string, outlet: string): ReturnType<typeof readMembers> {
  const content = readFileSync(`samples/corpus/${file}`, 'utf8').replace(/^\uFEFF/u, '');
  const format = file.endsWith('.html') ? 'html' : 'text';
  return readMembers(toArticleRecord(analyzeArticle({ source: file, format, content, encoding: 'utf-8', supplied: { from: 'manifest', published, outlet } })));
}

describe('the speaker of a headline or standfirst', () => {
  // A04: 'Provincial official says the Oren Valley Front commander was elsewhere ... and that his deputy may have died
  // in his place', over Colonel Aurel Danek, head of security for Korvath province, saying so in the body.
  const ledger = membersOfSample('text/sorvo-ledger-dren-not-in-halvek.txt', '2025-03-14', 'Sorvo Daily Ledger');

  it("is the body's speaker who says the same, not a second side", () => {
    const standfirst = ledger.filter((m) => m.ref.text.startsWith('the Oren Valley Front commander was elsewhere'));
    expect(standfirst.map((m) => `${m.proposition.subject}.${m.proposition.predicate}`).sort()).toEqual(['dren.absent', 'vantosh.killed']);
    // Danek alone says in the body that the deputy may have died: the standfirst's speaker is he.
    expect(standfirst.find((m) => m.proposition.predicate === 'killed')!.attribution).toMatchObject({ speaker: 'Aurel Danek', side: 'korvath' });
    // Danek and 'the head of security for Korvath province' say he was elsewhere: one side, two names, so the side only.
    expect(standfirst.find((m) => m.proposition.predicate === 'absent')!.attribution).toMatchObject({ speaker: 'Provincial official', side: 'korvath' });
  });

  it('keeps its own side when it names a group: villagers are not the official quoted below them', () => {
    const witnesses = membersOfSample('text/korvath-today-serrin-witnesses.txt', '2025-07-17', 'Korvath Today');
    const villagers = witnesses.filter((m) => m.attribution.speaker === 'Villagers');
    expect(villagers.length).toBeGreaterThan(0);
    expect(villagers.every((m) => m.attribution.side === 'villagers')).toBe(true);
  });
});

describe('A10, Lessarian intelligence on Dren in June', () => {
  const june = membersOfSample('html/sorvo-ledger-dren-severely-injured.html', '2025-06-12', 'Sorvo Daily Ledger');

  it("dates 'Dren was severely injured ... three months ago, the head of intelligence said on Thursday' on Thursday, not in March", () => {
    const lede = june.filter((m) => m.ref.text.startsWith('Vasko Dren, the commander of the Oren Valley Front, was severely injured'));
    expect(lede.length).toBeGreaterThan(0);
    expect(lede.every((m) => m.reportedOn === '2025-06-12')).toBe(true);
  });

  it("does not take the standfirst's 'the Interior Ministry's intelligence chief' for Vasko Dren, named at the start of the next paragraph", () => {
    const standfirst = june.filter((m) => m.ref.text.startsWith('Militia commander was at the depot'));
    expect(standfirst.length).toBeGreaterThan(0);
    expect(standfirst.map((m) => m.attribution.speaker)).not.toContain('Vasko Dren');
  });
});
