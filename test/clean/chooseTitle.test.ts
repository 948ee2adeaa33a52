import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/clean/Block.js';
import { chooseTitle } from '../../src/clean/chooseTitle.js';

const lines = (...texts: string[]): Block[] => texts.map((text) => ({ text, hint: 'line', linkDensity: 0 }));
const body = 'Yesterday the front put out the video everyone who watches this conflict has been waiting for since the strike, four minutes long.';

describe('chooseTitle', () => {
  it('skips a masthead and picks the first headline of four or more words', () => {
    expect(chooseTitle(lines('NORTHWIND NEWS', 'CONFLICTS', 'Kasteria now says militia leader Dren "highly likely" killed', body))).toEqual({ index: 2, rule: 'first-headline' });
  });

  it('prefers the line that shares words with the URL slug over a tagline above it', () => {
    const blocks = lines('The Ridgeline Post', 'Notes on the northern wars, from someone who has been there', 'Is Vasko Dren alive? The video, the denial, and what we know', body);
    expect(chooseTitle(blocks, 'https://ridgelinepost.example/is-vasko-dren-alive-video-denial')).toEqual({ index: 2, rule: 'slug-match' });
    expect(chooseTitle(blocks)).toEqual({ index: 1, rule: 'first-headline' });
  });

  it('stops at a sentence of eight words or more: a headline-like line after it is not the headline', () => {
    const blocks = lines('Video Transcript:', 'A few weeks ahead of the primary, the campaign says they are unwilling to debate.', 'KATE BOULDUAN: Why not debate?', body);
    expect(chooseTitle(blocks)).toBeNull();
  });

  it('finds no title when running text comes first', () => {
    expect(chooseTitle(lines(body, 'A headline-like line much later on'))).toBeNull();
  });

  it('takes a headline printed with a full stop when the URL slug or the file name was built from it', () => {
    const blocks = lines('Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.', 'A Bloomberg poll shows that Americans living in households making more than $100,000 a year now back the Democrat.', body);
    expect(chooseTitle(blocks, undefined, 'breitbart_2016-09-20_poll-wealthy-voters-abandon-repu.txt')).toEqual({ index: 0, rule: 'file-name-match' });
    expect(chooseTitle(blocks, 'https://news.example/2016/09/20/poll-wealthy-voters-abandon-republicans')).toEqual({ index: 0, rule: 'slug-match' });
    // A file named by number, or after something else, says nothing: the line is a sentence, and the article has no title.
    expect(chooseTitle(blocks, undefined, '17.txt')).toBeNull();
    expect(chooseTitle(blocks, undefined, 'clinton-health-records.txt')).toBeNull();
  });
});
