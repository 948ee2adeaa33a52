import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

/** An article of the outlet's own sentences, with the named sites tagged wherever they occur. */
function narration(body: string, sites: string[]): ArticleRecord {
  const base = recordOf('Nobody', 'nothing', []);
  const title = 'Hospital blast';
  const text = `${title}\n\n${body}`;
  const entities = sites.flatMap((name) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ text: name, type: 'organization' as const, canonical: name, start: m.index, end: m.index + name.length, rule: 'fixture' })));
  return { ...base, text, entities, statements: [], title, paragraphs: [{ start: 0, end: title.length, kind: 'title' }, { start: title.length + 2, end: text.length, kind: 'body' }] };
}

const hits = (record: ArticleRecord): string[] => readMembers(record).filter((m) => m.proposition.predicate === 'hit').map((m) => m.proposition.subject);

describe("'the building' points back to the site just named (hospital-blast: the Tolbek strike two years ago)", () => {
  it("is the hospital its sentence or the one before names, not this week's main building", () => {
    const body = "The main building of Mirvane Municipal Hospital was hit on Tuesday. Two years ago, an air strike on Tolbek Children's Hospital killed 19 people. The army acknowledged that one of its aircraft had hit the building by mistake.";
    expect(hits(narration(body, ['Mirvane Municipal Hospital', "Tolbek Children's Hospital"]))).toEqual(['building', "tolbek-children's-hospital"]);
  });

  it('stays the building when no site is named that close', () => {
    const body = 'Mirvane Municipal Hospital was full that night. Families had come from the north. Many slept in cars. Rescuers worked until dawn. The building was hit twice.';
    expect(hits(narration(body, ['Mirvane Municipal Hospital']))).toEqual(['building']);
  });
});
