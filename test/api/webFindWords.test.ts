import { describe, expect, it } from 'vitest';
import { findWords } from '../../web/src/findWords.js';

/** The marked parts, for reading the expectations. */
function marked(text: string, words: string[]): string[] {
  return findWords(text, words).map(([start, end]) => text.slice(start, end));
}

describe('the words that decided a stance, found in their sentence', () => {
  it('finds each word in any case, in sentence order', () => {
    const text = 'Vasko Dren was seriously wounded in the strike of 9 March and was Not eliminated';
    expect(marked(text, ['not', 'wounded'])).toEqual(['wounded', 'Not']);
    expect(findWords(text, ['wounded'])).toEqual([[25, 32]]);
  });

  it('prefers a whole word to a part of one', () => {
    const text = 'Nothing suggests he was there, and he was not killed';
    expect(findWords(text, ['not'])).toEqual([[text.indexOf(' not ') + 1, text.indexOf(' not ') + 4]]);
  });

  it('falls back to a part of a word when no whole word matches', () => {
    expect(marked('The ministry called the reports unfounded', ['found'])).toEqual(['found']);
  });

  it('marks a phrase once and never overlaps an earlier mark', () => {
    const text = 'There was no confirmation, and no one saw him';
    expect(marked(text, ['no confirmation', 'no'])).toEqual(['no confirmation', 'no']);
    expect(findWords(text, ['no confirmation', 'no'])[1][0]).toBe(text.indexOf('no one'));
  });

  it('leaves out words the sentence does not hold, and empty ones', () => {
    expect(findWords('Our assessment has been revised', ['not', '', '  '])).toEqual([]);
  });
});
