import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** The side of each speaker of an article analysed as `analyze` reads a text file, by speaker. */
function sidesOf(text: string): Record<string, string> {
  const record = toArticleRecord(analyzeArticle({ source: 'ministry.txt', format: 'text', content: text, encoding: 'utf-8' }));
  return Object.fromEntries(readMembers(record).map((m) => [m.attribution.speaker, m.attribution.side]));
}

describe('a spokesperson speaks for the body the article names', () => {
  it.each([
    ['before the name', '“At least 212 people were killed in this massacre,” ministry spokesman Nadim Sorrell told reporters.'],
    ['in an apposition', '“At least 212 people were killed in this massacre,” Nadim Sorrell, the ministry’s spokesman, told reporters.'],
  ])('%s', (_, quote) => {
    const text = `Toll rises in Mirvane hospital blast\n\nMIRVANE, Hesra — The Hesran Health Ministry said at least 212 people were killed when a blast struck the hospital on Tuesday.\n\n${quote}`;
    const sides = sidesOf(text);
    expect(sides['Nadim Sorrell']).toBeDefined();
    expect(sides['Nadim Sorrell']).toBe(sides['Hesran Health Ministry']);
  });

  it("gives a minister the side of the article's one ministry of that name ('Deputy Defence Minister' and Kasteria's Defence Ministry)", () => {
    const text = "Kasteria says strike may have killed militia chief\n\nKasteria's Defence Ministry said on Thursday that a drone strike may have killed Vasko Dren.\n\nA week later, Deputy Defence Minister Lukan Mereth said it was \"highly likely\" that Vasko Dren had been killed.";
    const sides = sidesOf(text);
    expect(sides['Lukan Mereth']).toBe('kasteria');
  });

  it('leaves a spokesman alone when the article names two ministries', () => {
    const text = 'Ministries trade blame over blast\n\nThe Hesran Health Ministry said at least 212 people were killed. The Valdorian Defence Ministry said the count was inflated.\n\n“At least 212 people were killed in this massacre,” ministry spokesman Nadim Sorrell told reporters.';
    expect(sidesOf(text)['Nadim Sorrell']).toBe('sorrell');
  });
});

describe('a document speaks for the body that issued it (hospital-blast: "the statement said")', () => {
  it('gives "the statement" the side of the nearest named speaker before it', () => {
    const text = [
      'Militants deny firing rocket',
      'The Ashkar Brigades rejected the army\'s account of the blast on Thursday. In a statement posted on its channel, the group said the intercepted call was "fake".',
      '"The recording is a fabrication made in the army\'s studios," the statement said.',
    ].join('\n\n');
    const sides = sidesOf(text);
    expect(Object.keys(sides)).not.toContain('the statement');
    // The headline's plural description keeps a side of its own ('Militants deny firing rocket', sideOfDisplaySpeakers.ts); every body speaker is the group's.
    const body = Object.entries(sides).filter(([speaker]) => speaker !== 'Militants').map(([, side]) => side);
    expect(new Set(body)).toEqual(new Set([sides['Ashkar Brigades'] ?? sides['The Ashkar Brigades']]));
  });
});

describe("a spokesman with a rank speaks for the body his role names, even one the entity stage left unnamed (hospital-blast: Piet Anderhall)", () => {
  it("reads 'army spokesman Lieutenant Colonel Piet Anderhall' as the Valdorian army's, and no title from the paragraph before", () => {
    const text = [
      'Army blames rocket for hospital blast',
      'VALDEN (Atlas) - The Valdorian army said on Wednesday that a rocket fired by militants had misfired. "No aircraft struck the hospital," army spokesman Lieutenant Colonel Piet Anderhall told a news conference in Valden.',
      'Anderhall said the rocket had exploded in the car park.',
    ].join('\n\n');
    const sides = sidesOf(text);
    expect(sides['Piet Anderhall']).not.toBe('valden');
    expect(sides['Piet Anderhall']).toBe(sides['The Valdorian army'] ?? sides['Valdorian army']);
  });
});
