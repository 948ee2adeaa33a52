import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

function membersOf(body: string) {
  const read = articleFromJsonl({ title: 'Ministry revises assessment', text: `Ministry revises assessment\n\n${body}`, outlet: 'Wire', url: 'https://wire.example/q', published: '2025-06-13' }, 'quoted.jsonl#1');
  if (!('article' in read)) throw new Error(read.reason);
  return readMembers(toArticleRecord(analyzeArticle(read.article)));
}

describe("'we' inside someone's quotation", () => {
  it('is the one quoted, who then speaks for a side', () => {
    const members = membersOf(
      '"Our assessment has been revised. On the basis of new information, we now believe that Vasko Dren was seriously wounded in the strike and was not eliminated," the ministry\'s spokesman, Colonel Teodor Maslan, said.',
    );
    const wounded = members.find((m) => m.proposition.subject === 'dren' && m.proposition.predicate === 'injured');
    expect(wounded?.attribution.speaker).toBe('Teodor Maslan');
  });

  it("is the writer outside quotation marks, so the outlet's own voice", () => {
    const members = membersOf('Colonel Teodor Maslan spoke at a briefing on Friday. We now believe that Vasko Dren was seriously wounded in the strike.');
    const wounded = members.find((m) => m.proposition.subject === 'dren' && m.proposition.predicate === 'injured');
    expect(wounded?.attribution.speaker).toBe('Wire');
  });
});
