import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { datedEvents } from '../../src/relate/propositions/datedEvents.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** An article published on Friday 13 June 2025, through the whole analysis. */
function article(body: string) {
  const read = articleFromJsonl({ title: 'Ministry revises assessment', text: `Ministry revises assessment\n\n${body}`, outlet: 'Wire', url: 'https://wire.example/a', published: '2025-06-13' }, 'dated.jsonl#1');
  if (!('article' in read)) throw new Error(read.reason);
  return toArticleRecord(analyzeArticle(read.article));
}

/** Each proposition of the body as 'subject|predicate|event time'. */
function timesOf(body: string): string[] {
  return readMembers(article(body)).filter((m) => m.ref.start > 30).map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.proposition.eventTime ?? ''}`);
}

describe('an event the article dates once, named again as "the strike"', () => {
  it('finds the date where the article names the event with it', () => {
    expect(datedEvents(article('Dren was wounded in the strike of 9 March. The ministry spoke on Friday.'))).toEqual(new Map([['strike', '2025-03-09']]));
    // The month and the day of one strike: the day is kept.
    expect(datedEvents(article('He survived the March strike. He was wounded in the strike of 9 March.')).get('strike')).toBe('2025-03-09');
    // Two strikes of different dates: 'the strike' could be either, and is dated as neither.
    expect(datedEvents(article('After the 2016 drone strike came the May 2017 strike.')).has('strike')).toBe(false);
  });

  it("dates a later 'the strike' in the same article, but not 'after the strike' or another article's", () => {
    const body = 'The ministry said Dren was seriously wounded in the strike of 9 March. It said fragments from the strike may have reached the hospital grounds.';
    expect(timesOf(body)).toContain('hospital|hit|2025-03-09');
    expect(timesOf('It said fragments from the strike may have reached the hospital grounds.').some((p) => p.endsWith('2025-03-09'))).toBe(false);
    expect(timesOf('The strike of 9 March hit the depot. The ministry said Dren fled Halvek after the strike.')).toContain('dren|fled|');
  });
});

describe('a time inside a relative clause on the subject', () => {
  it('dates that clause, not the one it sits in', () => {
    const body = 'Smugglers said Vasko Dren, the militia commander who survived a drone strike in March, was brought across the mountains into Marennia in late July.';
    const times = timesOf(body);
    expect(times).toContain('dren|fled|2025-07');
    expect(times).toContain('dren|alive|2025-03');
  });
});

describe("'now' in a clause", () => {
  it('dates an event told in the present to the day it is told, and not one told in the perfect', () => {
    expect(timesOf('Smugglers said Vasko Dren is now being treated in a private house.')).toContain('dren|treat|2025-06-13');
    expect(timesOf('Smugglers said Vasko Dren has now been treated in a private house.')).toContain('dren|treat|');
  });

  it("dates 'is (not) in X' to the day it is told, and leaves 'was not in X' to what else dates it", () => {
    expect(timesOf('The minister said Vasko Dren is not in Halvek.')).toContain('dren|absent|2025-06-13');
    expect(timesOf('The minister said Vasko Dren was not in Halvek.')).toContain('dren|absent|');
  });
});
