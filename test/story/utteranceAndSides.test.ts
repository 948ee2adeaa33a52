import { propositionOf } from '../../src/relate/propositions/propositionOf.js';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { findUtteranceDate } from '../../src/relate/findUtteranceDate.js';
import { shareSidesAcrossArticles } from '../../src/relate/shareSidesAcrossArticles.js';
import type { Claim, ClaimMember } from '../../src/relate/types.js';
import { recordOf } from './recordOf.js';

/** A record whose statement content starts with `content`, with the TIMEX3 value of `timeText` where it occurs. */
function withTime(content: string, timeText: string, value: string): ArticleRecord {
  const record = recordOf('The ministry', content, ['Abu Bakr al-Baghdadi']);
  const start = record.text.indexOf(timeText);
  const how = { rule: 'fixture', stated: ['month' as const], inferred: [], anchor: 'publication' as const };
  return { ...record, times: [{ text: timeText, start, end: start + timeText.length, type: 'DATE', value, how }] };
}

const statementOf = (record: ArticleRecord) => ({ ...record.statements[0], own: false });

describe('findUtteranceDate: when a statement was made, if the article dates the speech act', () => {
  it.each([
    ['in March that Abu Bakr al-Baghdadi was killed', 'March', '2017-03', '2017-03-31'],
    ['on 13 March that Abu Bakr al-Baghdadi was killed', '13 March', '2017-03-13', '2017-03-13'],
    // The date belongs to the content, not to the speech act: the publication date stays.
    ['in the last week of March he was killed', 'the last week of March', '2017-03', '2017-06-16'],
    ['Abu Bakr al-Baghdadi was killed in March', 'March', '2017-03', '2017-06-16'],
    // Never later than the article.
    ['in September that he was killed', 'September', '2017-09', '2017-06-16'],
  ])('said %s -> %s', (content, timeText, value, expected) => {
    const record = withTime(content, timeText, value);
    expect(findUtteranceDate(record, statementOf(record))).toBe(expected);
  });

  it("reads a date in front of the speaker: 'In March, the ministry said ...'", () => {
    const record = recordOf('In March, the ministry', 'that Abu Bakr al-Baghdadi was killed', ['Abu Bakr al-Baghdadi']);
    const at = record.text.indexOf('In March');
    const how = { rule: 'fixture', stated: ['month' as const], inferred: [], anchor: 'publication' as const };
    record.times = [{ text: 'In March', start: at, end: at + 'In March'.length, type: 'DATE', value: '2017-03', how }];
    const speakerStart = record.text.indexOf('the ministry');
    const statement = statementOf(record);
    const dated = { ...statement, speaker: { text: 'the ministry', canonical: 'the ministry', start: speakerStart, end: speakerStart + 'the ministry'.length } };
    expect(findUtteranceDate(record, dated)).toBe('2017-03-31');
  });
});

function member(speakerKey: string, side: string): ClaimMember {
  const ref = { articleId: speakerKey, statementId: 's1', text: '', start: 0, end: 0 };
  return {
    ref, reportedOn: '2025-03-13', publishedOn: '2025-03-13',
    proposition: propositionOf({ subject: 'dren', subjectName: 'Dren', predicate: 'killed', trigger: ref }),
    attribution: { speaker: speakerKey, speakerKey, side, outlet: 'Post', chain: ['Post', speakerKey] },
    stance: 'asserts', stanceWords: [], hedged: false, stanceRule: 'fixture', sourceId: '',
  };
}

const claimOf = (members: ClaimMember[]): Claim => ({
  id: 'dren.killed.1', key: 'dren|killed', text: '', subject: 'dren', subjectName: 'Dren', subjectKind: 'person', predicate: 'killed', kind: 'event',
  object: null, agent: null, quantity: null, place: null, eventTime: null, firstReported: null, members,
});

describe('shareSidesAcrossArticles', () => {
  it("gives 'defence ministry' the side of \"kasteria's defence ministry\" named in another article", () => {
    const [claim] = shareSidesAcrossArticles([claimOf([member("kasteria's defence ministry", 'kasteria'), member('defence ministry', 'defence ministry')])]);
    expect(claim.members.map((m) => m.attribution.side)).toEqual(['kasteria', 'kasteria']);
  });

  it('leaves the name alone when its fuller forms point to two sides', () => {
    const [claim] = shareSidesAcrossArticles([
      claimOf([member('lessarian interior ministry', 'lessaria'), member('marennian interior ministry', 'marennia'), member('interior ministry', 'interior ministry')]),
    ]);
    expect(claim.members[2].attribution.side).toBe('interior ministry');
  });
});
