import { describe, expect, it } from 'vitest';
import { timesInText } from '../../src/analyze/times/findTimes.js';

// Reference: Thursday 22 June 2017, the date of a report on the May 28 strike.
const REFERENCE = '2017-06-22';

function find(text: string, reference: string | null = REFERENCE) {
  return timesInText(text, [], reference);
}

// [sentence, the time expression it must contain, TIMEX3 type, value]
const cases: [string, string, string, string][] = [
  // calendar dates
  ['A video released on July 5, 2014, shows him.', 'July 5, 2014', 'DATE', '2014-07-05'],
  ['The strike on May 28 near Raqqa.', 'May 28', 'DATE', '2017-05-28'],
  ['He last released an audio on Nov. 3, urging followers.', 'Nov. 3', 'DATE', '2016-11-03'],
  ['The strike took place on 28th May 2017 near Raqqa.', '28th May 2017', 'DATE', '2017-05-28'],
  ['Talks are set for June 30 in Geneva.', 'June 30', 'DATE', '2017-06-30'],
  ['Published 2017-05-28 by the ministry.', '2017-05-28', 'DATE', '2017-05-28'],
  ['He spoke on Tuesday, June 20, in Moscow.', 'Tuesday, June 20', 'DATE', '2017-06-20'],
  ['On the 13th the ministry said he may have died.', 'the 13th', 'DATE', '2017-06-13'],
  // months
  ['The city fell in June 2014.', 'June 2014', 'DATE', '2014-06'],
  ['It was wounded in May 2017 in Raqqa.', 'May 2017', 'DATE', '2017-05'],
  ['He was killed in late May, officials said.', 'late May', 'DATE', '2017-05'],
  ['The meeting took place in May in Raqqa.', 'May', 'DATE', '2017-05'],
  ['A recording released in September showed him alive.', 'September', 'DATE', '2016-09'],
  ['He fled in early January to the desert.', 'early January', 'DATE', '2017-01'],
  ['Sales rose last November.', 'last November', 'DATE', '2016-11'],
  ['The vote will take place in January.', 'January', 'DATE', '2018-01'],
  ['Russia claimed in June last year that he was dead.', 'June last year', 'DATE', '2016-06'],
  ['He has been quiet since September 2015.', 'September 2015', 'DATE', '2015-09'],
  // ranges give two dates
  ['The collapse during the period from May to November.', 'November', 'DATE', '2016-11'],
  // weekdays and parts of the day
  ['The ministry said Thursday that it was likely.', 'Thursday', 'DATE', '2017-06-22'],
  ['On Wednesday, jihadists blew up the minaret.', 'Wednesday', 'DATE', '2017-06-21'],
  ['The spokesman on Sunday afternoon said they advanced.', 'Sunday afternoon', 'TIME', '2017-06-18TAF'],
  ['A flag was raised by 6:30 a.m. Tuesday morning.', '6:30 a.m. Tuesday morning', 'TIME', '2017-06-20T06:30'],
  ['The blast occurred at 10:35 a.m. (0735 GMT) Tuesday.', '10:35 a.m.', 'TIME', '2017-06-20T10:35'],
  ['It began at 9 p.m., and on Tuesday it ended.', '9 p.m.', 'TIME', '2017-06-22T21:00'],
  ['The council will meet Monday.', 'Monday', 'DATE', '2017-06-26'],
  // the tense of the clause the time sits in, not only a cue before it
  ['The prisoners will be released Monday.', 'Monday', 'DATE', '2017-06-26'],
  ['Banks were likely to buy as soon as trading opened Monday.', 'Monday', 'DATE', '2017-06-26'],
  ['It would be paid on an unspecified date in January.', 'January', 'DATE', '2018-01'],
  ['Rebels will keep fighting, the ministry predicted Wednesday.', 'Wednesday', 'DATE', '2017-06-21'],
  ['A court will decide on the boy, who was rescued in late November.', 'late November', 'DATE', '2016-11'],
  ['The offer had been due to expire Tuesday.', 'Tuesday', 'DATE', '2017-06-20'],
  ['A bomb exploded next to the embassy on Tuesday.', 'Tuesday', 'DATE', '2017-06-20'],
  // a bare weekday six days back is the next day: 'Friday' in a Thursday report
  ['Talks open Friday in Geneva.', 'Friday', 'DATE', '2017-06-23'],
  ['He arrived last Friday.', 'last Friday', 'DATE', '2017-06-16'],
  ['Officials spoke this morning.', 'this morning', 'TIME', '2017-06-22TMO'],
  ['Officials spoke yesterday.', 'yesterday', 'DATE', '2017-06-21'],
  // periods named from the publication date
  ['It was hit by an airstrike last month.', 'last month', 'DATE', '2017-05'],
  ['He was injured by an airstrike last year.', 'last year', 'DATE', '2016'],
  ['Airwars said this week that casualties rose.', 'this week', 'DATE', '2017-W25'],
  ['Results are due next year.', 'next year', 'DATE', '2018'],
  ['Sales rose earlier this year.', 'earlier this year', 'DATE', '2017'],
  ['He fled over the weekend.', 'the weekend', 'DATE', '2017-W24-WE'],
  ['The first attack came two years ago.', 'two years ago', 'DATE', '2015'],
  // seasons, quarters, decades, years
  ['Last fall his convoy was hit by a drone.', 'Last fall', 'DATE', '2016-FA'],
  ['Fighting resumed this summer.', 'this summer', 'DATE', '2017-SU'],
  ['Profit rose in the third quarter.', 'the third quarter', 'DATE', '2016-Q3'],
  ['Profit rose in the first quarter.', 'the first quarter', 'DATE', '2017-Q1'],
  ['Kirschner earned $376,000 in the 1988 quarter.', 'the 1988 quarter', 'DATE', '1988-Q2'],
  ['In the 1988 period, the company earned $20.6 million.', 'the 1988 period', 'DATE', '1988'],
  ['Earnings will be lower for the last half of 1989.', 'the last half of 1989', 'DATE', '1989-H2'],
  ['Losses will go on through the first two quarters of 1990.', 'the first two quarters of 1990', 'DATE', '1990-H1'],
  ['The group grew in the 1990s.', 'the 1990s', 'DATE', '199'],
  ['In 2014 he declared himself caliph.', '2014', 'DATE', '2014'],
  ['He was convicted twice from 1991 to 1997.', '1997', 'DATE', '1997'],
  ['Shootings dating to 1994 remain unsolved.', '1994', 'DATE', '1994'],
  ['In early 2014 the group entered Raqqa.', 'early 2014', 'DATE', '2014'],
  ['Their profits fell in fiscal 1989.', 'fiscal 1989', 'DATE', '1989'],
  ['Prices peaked at Christmas.', 'Christmas', 'DATE', '2016-12-25'],
  ['Turnout fell on Election Day 2016.', 'Election Day 2016', 'DATE', '2016-11-08'],
  ['It was founded in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
  ['Mosques built in the 11th century.', 'the 11th century', 'DATE', '10'],

  // durations
  ['He surrendered control for five months.', 'five months', 'DURATION', 'P5M'],
  ['It comes nearly three years to the day after he declared himself leader.', 'nearly three years', 'DURATION', 'P3Y'],
  ['An undated 46-minute audio recording.', '46-minute', 'DURATION', 'PT46M'],
  ['A two-day battle with his bodyguards.', 'two-day', 'DURATION', 'P2D'],
  ['They had been there for almost six months.', 'almost six months', 'DURATION', 'P6M'],
  ['Prices fell over the past two months.', 'the past two months', 'DURATION', 'P2M'],
  ['It took 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['It took almost two and a half years.', 'almost two and a half years', 'DURATION', 'P2Y6M'],
  ['Sales doubled over the past decade.', 'the past decade', 'DURATION', 'P10Y'],
  ['They have tried to take him out for years.', 'years', 'DURATION', 'PXY'],
  ['Negotiations lasted several weeks.', 'several weeks', 'DURATION', 'PXW'],
  ['The eight-month-old battle for Mosul.', 'eight-month-old', 'DURATION', 'P8M'],
  // vague references
  ['Commanders have fled Mosul in recent months.', 'recent months', 'DATE', 'PAST_REF'],
  ['US and Iraqi sources now suggest he was injured.', 'now', 'DATE', 'PRESENT_REF'],
  ['Captives currently being interrogated.', 'currently', 'DATE', 'PRESENT_REF'],
  ['It may happen in the future.', 'the future', 'DATE', 'FUTURE_REF'],
  ['He was recently seen in the desert.', 'recently', 'DATE', 'PAST_REF'],
  // sets
  ['Civilians are killed every day.', 'every day', 'SET', 'P1D'],
  ['A third flight departs each Thursday.', 'each Thursday', 'SET', 'XXXX-WXX-4'],
  ['The reward is $2 million a year.', 'a year', 'SET', 'P1Y'],
];

describe('findTimes: one rule per row, reference 2017-06-22', () => {
  it.each(cases)('%s', (sentence, text, type, value) => {
    const times = find(sentence);
    const found = times.find((t) => t.text === text);
    expect(found, `found ${JSON.stringify(times.map((t) => t.text))}`).toBeDefined();
    expect({ type: found!.type, value: found!.value }).toEqual({ type, value });
    expect(sentence.slice(found!.start, found!.end)).toBe(text);
  });
});

// Text that must produce no time expression at all.
const negatives: string[] = [
  'Russia says it may have killed the ISIS leader.',
  'Russian Military Says It May Have Killed ISIS Leader',
  'Theresa May said the talks would go on.',
  'Thousands joined the march through the city.',
  'The Sun reported the claim without a source.',
  'A Russian SU-34 fighter bomber and Su-35 jets hit the meeting.',
  'As many as 600 militants may still remain inside.',
  'The US is offering a $25 million reward.',
  'There may be between 14,000 and 18,000 IS militants.',
  'Hamdan, 53, told the Guardian.',
  'A 6-year-old boy was rescued.',
  'He is 52 years old.',
  'About three-quarters of the fighters were foreigners.',
  'Baghdadi has been unseen since the fall of Mosul.',
  'Prices fall when supply rises.',
  'The score was 3:1 at half time.',
  'Police found 2000 rounds of ammunition.',
  'It was the fourth day of an offensive.',
  'Quarterly earnings beat forecasts.',
  'Korvath Today and the Sorvo Daily Ledger both ran the claim.',
  'A second group of fighters arrived.',
  'He lives on the 5th floor.',
  'They led in the last half of the game.',
  'The index rose to 2000.',
];

describe('findTimes: negative cases', () => {
  it.each(negatives)('%s', (sentence) => {
    expect(find(sentence).map((t) => t.text)).toEqual([]);
  });
});

describe('findTimes: anchors', () => {
  it('carries a caption year to a later day in the same paragraph', () => {
    const text = 'This July 5, 2014 photo shows Baghdadi, who on June 29 proclaimed a caliphate.';
    const june = find(text, '2018-02-13').find((t) => t.text === 'June 29');
    expect(june).toMatchObject({ value: '2014-06-29', how: { anchor: 'previous-time', inferred: ['year'] } });
  });

  it('does not carry it into the next paragraph', () => {
    const text = 'This July 5, 2014 photo shows him.\n\nHe was hit on May 28.';
    const paragraphs = [{ start: 0, end: 34 }, { start: 36, end: text.length }];
    const may = timesInText(text, paragraphs, '2018-02-13').find((t) => t.text === 'May 28');
    expect(may).toMatchObject({ value: '2017-05-28', how: { anchor: 'publication' } });
  });

  it('counts "a year earlier" from the time last mentioned', () => {
    const times = find('Profit rose in the third quarter, up from a year earlier.', '1989-10-26');
    expect(times.map((t) => t.value)).toEqual(['1989-Q3', '1988-Q3']);
  });

  it('records stated and inferred parts', () => {
    const [may] = find('on May 28');
    expect(may.how).toEqual({ rule: 'month-day', stated: ['month', 'day'], inferred: ['year'], anchor: 'publication' });
  });

  it('leaves values unresolved without a publication date', () => {
    const values = find('on May 28, Thursday, last year and for five months', null).map((t) => t.value);
    expect(values).toEqual(['XXXX-05-28', 'XXXX-WXX-4', 'XXXX', 'P5M']);
  });
});

describe('findTimes: times counted from the time last mentioned', () => {
  it('counts "a week later" from a day of the month named before', () => {
    const times = find('On the 13th the ministry said he may have died. A week later it said it was highly likely.', '2025-03-28');
    expect(times.map((t) => [t.text, t.value])).toEqual([['the 13th', '2025-03-13'], ['A week later', '2025-03-20']]);
  });

  it('leaves "a week later" unresolved when counting from the last time would pass the publication date', () => {
    const times = find('The ministry confirmed it on Thursday. Four days after the strike, it said he may have died. A week later it said it was highly likely.', '2025-06-13');
    expect(times.map((t) => [t.text, t.value])).toEqual([['Thursday', '2025-06-12'], ['Four days', 'P4D'], ['A week later', 'XXXX-XX-XX']]);
  });

  it('reads "later that year" in the year last mentioned', () => {
    const times = find('The city fell in June 2014. Later that year the group declared a caliphate.');
    expect(times.map((t) => [t.text, t.value])).toEqual([['June 2014', '2014-06'], ['Later that year', '2014']]);
  });
});
