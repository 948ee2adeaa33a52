import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

function speakersOf(body: string): string[] {
  const read = articleFromJsonl({ title: 'Leader may be alive', text: `Leader may be alive\n\n${body}`, outlet: 'Wire', url: 'https://wire.example/d', published: '2017-06-16' }, 'definite.jsonl#1');
  if (!('article' in read)) throw new Error(read.reason);
  return [...new Set(readMembers(toArticleRecord(analyzeArticle(read.article))).filter((m) => m.ref.start > 20).map((m) => m.attribution.speaker))];
}

describe("an unnamed 'the colonel' after 'a colonel with ...'", () => {
  it('is the colonel introduced before, one source', () => {
    const body = 'A colonel with the Iraqi national security service said Abu Bakr al-Baghdadi was not in Raqqa at the time of the strike. One of his aides may have been killed instead, the colonel said.';
    expect(speakersOf(body)).toEqual(['A colonel with the Iraqi national security service']);
  });

  it('is left alone when no one was introduced with that noun', () => {
    const body = 'A spokesman for the ministry said Abu Bakr al-Baghdadi was not in Raqqa. One of his aides may have been killed instead, the colonel said.';
    expect(speakersOf(body)).toContain('the colonel');
  });
});
