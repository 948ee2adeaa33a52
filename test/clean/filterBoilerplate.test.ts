import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/clean/Block.js';
import { filterBoilerplate } from '../../src/clean/filterBoilerplate.js';
import { splitTextBlocks } from '../../src/clean/splitTextBlocks.js';

const lines = (...texts: string[]): Block[] => texts.map((text) => ({ text, hint: 'line', linkDensity: 0 }));
const kept = (blocks: Block[]) => filterBoilerplate(blocks).kept.map((b) => b.text);

describe('filterBoilerplate', () => {
  it('removes everything from a "read more:" marker on as another article', () => {
    const result = filterBoilerplate(lines('The ministry said it was verifying.', 'read more:', 'comments', 'Another Article Headline', 'Its body.'));
    expect(result.kept.map((b) => b.text)).toEqual(['The ministry said it was verifying.']);
    expect(result.removed.map((r) => r.reason)).toEqual(['appended-article', 'appended-article', 'appended-article', 'appended-article']);
  });

  it('removes a "Read More »" link with the headline above it, and nothing else', () => {
    expect(kept(lines('The SDF pushed the militants back.', 'Islamic State chief urges militants to fight on', 'Read More »', 'Bali said his fighters advanced.'))).toEqual([
      'The SDF pushed the militants back.',
      'Bali said his fighters advanced.',
    ]);
  });

  it('keeps a body paragraph above "Read More »" that ends like a sentence', () => {
    expect(kept(lines('The SDF pushed the militants back.', 'Read More »'))).toEqual(['The SDF pushed the militants back.']);
  });

  it('removes a related box in the second half of the text up to where the article goes on', () => {
    const paragraph = (n: number) => `Paragraph ${n}: the senate committee met again on Tuesday and the vote on the amendment was put off until next month, officials in the capital said after the closed session ended late in the evening.`;
    const blocks: Block[] = [
      ...lines(paragraph(1), paragraph(2), paragraph(3)),
      ...lines('Veja também:', 'Senate to vote on the pardon amendment', 'Ten things to know about the budget'),
      ...lines(paragraph(4), paragraph(5)),
    ];
    expect(kept(blocks)).toEqual([paragraph(1), paragraph(2), paragraph(3), paragraph(4), paragraph(5)]);
    // At the end of the text, the box holds the rest: teasers with blurbs, no two paragraphs of prose in a row.
    const blurb = 'The region and its vineyards have come a long way since the scandal, and the old avant-garde now holds what it won for good.';
    expect(kept([...lines(paragraph(1), paragraph(2), paragraph(3)), ...lines('Mehr zum Thema', 'News', blurb, 'News', blurb)])).toEqual([paragraph(1), paragraph(2), paragraph(3)]);
  });

  it('removes trailing headlines only after the footer began', () => {
    expect(kept(lines('Surely that ought to be the priority?', 'View all comments', 'Russian-American businessman speaks (PODCAST)', 'The not-so-secret US meeting'))).toEqual([
      'Surely that ought to be the priority?',
    ]);
    expect(kept(lines('The body starts here.', 'the clearest account has been provided by The Times of London'))).toHaveLength(2);
  });

  it('keeps a dateline as a date candidate, and a leading date with extras in the text', () => {
    const result = filterBoilerplate(lines('• December 4, 2021', '22/11/2020 - 04:30 - Fonte: Agência Brasil', 'Body.'));
    expect(result.datelines).toEqual(['December 4, 2021', '22/11/2020']);
    expect(result.kept.map((b) => b.text)).toEqual(['22/11/2020 - 04:30 - Fonte: Agência Brasil', 'Body.']);
  });
});

describe('splitTextBlocks', () => {
  it('makes each line a block, also without blank lines between', () => {
    expect(splitTextBlocks('Caption one (AFP)\nCaption one (AFP)\n\nBody.').map((b) => b.text)).toEqual(['Caption one (AFP)', 'Caption one (AFP)', 'Body.']);
  });

  it('joins a hard-wrapped paragraph', () => {
    const wrapped = 'The Russian Foreign Ministry said Thursday that it was highly\nlikely the leader of the Islamic State terror group was killed in\nan airstrike last month, a week after Moscow first indicated.';
    expect(splitTextBlocks(wrapped)).toHaveLength(1);
  });
});
