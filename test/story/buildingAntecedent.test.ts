import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { narrationOf } from './recordOf.js';

const hits = (record: ArticleRecord): string[] => readMembers(record).filter((m) => m.proposition.predicate === 'hit').map((m) => m.proposition.subject);

describe("'the building' points back to the site just named (hospital-blast: the Tolbek strike two years ago)", () => {
  it("is the hospital its sentence or the one before names, not this week's main building", () => {
    const body = "The main building of Mirvane Municipal Hospital was hit on Tuesday. Two years ago, an air strike on Tolbek Children's Hospital killed 19 people. The army acknowledged that one of its aircraft had hit the building by mistake.";
    expect(hits(narrationOf(body, ['Mirvane Municipal Hospital', "Tolbek Children's Hospital"], 'organization'))).toEqual(['building', "tolbek-children's-hospital"]);
  });

  it('stays the building when no site is named that close', () => {
    const body = 'Mirvane Municipal Hospital was full that night. Families had come from the north. Many slept in cars. Rescuers worked until dawn. The building was hit twice.';
    expect(hits(narrationOf(body, ['Mirvane Municipal Hospital'], 'organization'))).toEqual(['building']);
  });
});
