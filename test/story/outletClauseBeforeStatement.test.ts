import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { findOutletAssertions } from '../../src/relate/findOutletAssertions.js';

function recordOf(body: string) {
  const content = `Hospital blast revives old memories\n\n${body}\n`;
  return toArticleRecord(analyzeArticle({ source: 'clause.txt', format: 'text', content, encoding: 'utf-8', supplied: { from: 'manifest', published: '2025-10-21', outlet: 'Clause Post' } }));
}

const narrated = (body: string): string[] => findOutletAssertions(recordOf(body)).filter((s) => s.kind === 'narration').map((s) => s.content.text);

describe('the outlet’s own clause before a statement in the same sentence (hospital-blast: the Tolbek strike)', () => {
  it('keeps what the outlet says before a statement opens as its own narration', () => {
    const body = "The blast has revived memories of the air strike on Tolbek Children's Hospital two years ago, which killed 19 people and which Valdoria later acknowledged had been carried out by its air force.";
    const record = recordOf(body);
    expect(record.statements.map((s) => [s.speaker?.text, s.cue.text])).toContainEqual(['Valdoria', 'later acknowledged']);
    expect(narrated(body)).toEqual(["The blast has revived memories of the air strike on Tolbek Children's Hospital two years ago, which killed 19 people"]);
  });

  it('takes no short adjunct before a statement for a clause of the outlet’s', () => {
    expect(narrated('In a statement on Friday, the ministry said the toll had risen to 87.')).toEqual([]);
  });

  it('leaves a sentence no statement touches whole', () => {
    expect(narrated('Rescuers worked through the night at the site.')).toEqual(['Rescuers worked through the night at the site.']);
  });
});
