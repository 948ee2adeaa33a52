import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** The members about counts of the killed in an article analysed as `analyze` reads a text file. */
function tolls(text: string) {
  const record = toArticleRecord(analyzeArticle({ source: 'wire.txt', format: 'text', content: text, encoding: 'utf-8' }, undefined));
  return readMembers(record).filter((m) => m.proposition.predicate === 'killed').map((m) => ({ speaker: m.attribution.speaker, stance: m.stance, rule: m.stanceRule, on: m.reportedOn }));
}

describe('a statement made in a relative clause about its speaker', () => {
  const head = 'UN says Mirvane toll was too high\n\nGENEVA, Oct. 24, 2025 — ';

  it('is the antecedent’s, not the outlet’s, and an undated one is background that reports the claim', () => {
    const found = tolls(`${head}The Hesran Health Ministry, which announced on the night of the blast that at least 212 people had been killed, did not respond to a request for comment.`);
    expect(found).toContainEqual(expect.objectContaining({ speaker: expect.stringContaining('Hesran Health Ministry'), stance: 'reports', rule: 'earlier-utterance' }));
  });

  it('counts on its own date when the article dates it', () => {
    const found = tolls(`${head}The Hesran Health Ministry, which said in September 2025 that at least 212 people had been killed, did not respond to a request for comment.`);
    expect(found).toContainEqual(expect.objectContaining({ speaker: expect.stringContaining('Hesran Health Ministry'), stance: 'asserts', on: '2025-09-30' }));
  });
});
