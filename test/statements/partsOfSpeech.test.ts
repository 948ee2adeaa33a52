import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/analyze/segment/tokenize.js';
import { partsOfSpeech } from '../../src/analyze/statements/partsOfSpeech.js';

describe('partsOfSpeech', () => {
  it('gives each of our tokens the tag of the tagger’s token at its place', () => {
    const text = 'Republicans are slamming Kaine for his work, the campaign said.';
    const tokens = tokensOf(text);
    const tags = partsOfSpeech(text, tokens);
    expect(tags).toHaveLength(tokens.length);
    const tagOf = (word: string): string => tags[tokens.findIndex((t) => t.text === word)];
    expect(tagOf('slamming')).toBe('VERB');
    expect(tagOf('Kaine')).toBe('PROPN');
    expect(tagOf('work')).toBe('NOUN');
    expect(tagOf('said')).toBe('VERB');
  });

  it('reads a span of a longer text where it stands, and a Title Case headline in lower case', () => {
    const text = 'Apple Watch Developers Told to Limit Features\n\nThe company said nothing.';
    const body = tokensOf(text).filter((t) => t.start >= text.indexOf('The'));
    expect(partsOfSpeech(text, body)).toEqual(['DET', 'NOUN', 'VERB', 'PRON', 'PUNCT']);
    const headline = tokensOf(text).filter((t) => t.end <= 45);
    expect(partsOfSpeech(text, headline)[headline.findIndex((t) => t.text === 'Told')]).toBe('VERB');
  });

  it('gives nothing for no tokens', () => {
    expect(partsOfSpeech('Some text.', [])).toEqual([]);
  });
});
