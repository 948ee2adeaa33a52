import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** What an article's statements assert, as 'speaker: subject|predicate|object|stance'. */
function read(title: string, body = ''): string[] {
  const parsed = articleFromJsonl({ title, text: body ? `${title}\n\n${body}` : title, outlet: 'Wire', url: 'https://wire.example/s', published: '2025-06-13' }, 'intent.jsonl#1');
  if (!('article' in parsed)) throw new Error(parsed.reason);
  return readMembers(toArticleRecord(analyzeArticle(parsed.article))).map(
    (m) => `${m.attribution.speaker}: ${m.proposition.subject}|${m.proposition.predicate}|${m.proposition.object ?? ''}|${m.stance}`,
  );
}

describe('a statement whose content opens with an infinitive', () => {
  it("is the speaker's own deed after a verb of intent", () => {
    expect(read('Apple plans to shut down Beats Music')).toEqual(['Apple: apple|shut down||asserts']);
    expect(read('Strike on hospital', 'The army promised to investigate the strike on the hospital.')).toEqual(['The army: army|investigate|strike|asserts']);
  });

  it("is not the speaker's after a verb that hands the deed to a listener", () => {
    expect(read('Officials told residents to leave the city')).toEqual(['Officials: people|leave|city|asserts']);
  });

  it('says nothing after a verb that denies the deed', () => {
    expect(read('Strike on hospital', 'The ministry refused to confirm the toll.')).toEqual([]);
  });
});
