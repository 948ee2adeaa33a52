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
