import { describe, expect, it } from 'vitest';
import { sentencesIn } from '../../src/analyze/segment/splitSentences.js';

function split(text: string): string[] {
  return sentencesIn(text, 0, text.length, 0).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['Mr. Basri said he was unable to walk. He had broken bones.', ['Mr. Basri said he was unable to walk.', 'He had broken bones.']],
    ['The IS leader last released an audio on Nov. 3, urging his followers.', ['The IS leader last released an audio on Nov. 3, urging his followers.']],
    ['U.S. Air Force Brig. Gen. Matthew Isler told Reuters. Next one.', ['U.S. Air Force Brig. Gen. Matthew Isler told Reuters.', 'Next one.']],
    ['By 6:30 a.m. Tuesday morning a flag had been hoisted. It flew.', ['By 6:30 a.m. Tuesday morning a flag had been hoisted.', 'It flew.']],
    ['“I saw him with my own eyes.” He was in Keshma.', ['“I saw him with my own eyes.”', 'He was in Keshma.']],
    ['George W. Bush spoke. Then he left.', ['George W. Bush spoke.', 'Then he left.']],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    'the death was "being verified through various channels." the ministry said',
    'a 3.5 percent rise',
  ])('does not split %j', (text) => {
    expect(split(text)).toHaveLength(1);
  });
});
