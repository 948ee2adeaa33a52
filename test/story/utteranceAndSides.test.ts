import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { findUtteranceDate } from '../../src/relate/findUtteranceDate.js';
import { resolveStorySides } from '../../src/relate/storySides.js';
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

const pair = (speakerKey: string, side: string) => ({ speakerKey, side });

describe('resolveStorySides: one side per body across the story', () => {
  it("gives 'defence ministry' the side of \"kasteria's defence ministry\" named in another article", () => {
    const sides = resolveStorySides([pair("kasteria's defence ministry", 'kasteria'), pair('defence ministry', 'defence ministry')]);
    expect(sides.get('defence ministry')).toBe('kasteria');
  });

  it('leaves the name alone when its fuller forms point to two sides', () => {
    const sides = resolveStorySides([
      pair('lessarian interior ministry', 'lessaria'), pair('marennian interior ministry', 'marennia'), pair('interior ministry', 'interior ministry'),
    ]);
    expect(sides.has('interior ministry')).toBe(false);
  });

  it("reads 'the military' and 'the army' as one body, and passes a side on: spokesman -> army -> Valdoria", () => {
    // 'The Valdorian army said' (one article), 'army spokesman Piet Anderhall' (another, no country named), 'the military says' (a wire).
    const sides = resolveStorySides([pair('valdorian army', 'valdoria'), pair('anderhall', 'army'), pair('military', 'military'), pair('army', 'army')]);
    expect([sides.get('army'), sides.get('military')]).toEqual(['valdoria', 'valdoria']);
  });

  it("takes no side from a name that only ends in another: 'a military source in valdoria' says nothing of whose 'valdoria' is", () => {
    const sides = resolveStorySides([pair("kasteria's ambassador to valdoria", 'kasteria'), pair('valdoria', 'valdoria')]);
    expect(sides.has('valdoria')).toBe(false);
  });

  it('is the same whatever order the articles came in', () => {
    const pairs = [pair('valdorian army', 'valdoria'), pair('anderhall', 'army'), pair('military', 'military'), pair('sorrell', 'hesran health ministry'), pair('hesran health ministry', 'hesra')];
    expect([...resolveStorySides([...pairs].reverse())].sort()).toEqual([...resolveStorySides(pairs)].sort());
  });
});

describe('resolveStorySides: demonyms', () => {
  it("puts a demonym on the side of the place others speak for: 'lessarian' -> 'lessaria', 'kasterians' -> 'kasteria'", () => {
    const sides = resolveStorySides([pair('interior ministry', 'lessaria'), pair('hollin', 'lessarian'), pair('defence ministry', 'kasteria'), pair('kasterians', 'kasterians')]);
    expect([sides.get('lessarian'), sides.get('kasterians')]).toEqual(['lessaria', 'kasteria']);
  });

  it('leaves a name alone that no speaker is given as a side: a person is no place', () => {
    const sides = resolveStorySides([pair('brandt', 'brandt'), pair('ivo brandts', 'ivo brandts')]);
    expect(sides.size).toBe(0);
  });
});
