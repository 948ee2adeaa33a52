import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.js';

const find = (text: string) => analyzeText(text).map((s) => ({ speaker: s.speaker?.text ?? null, cue: s.cue.text, content: s.content.text, rule: s.rule }));

describe('findStatements: statements of the learned tagger', () => {
  it('reads a quote whose speaker and listener the rules pass by', () => {
    const text = '“We consider the count complete,” Deputy Minister Ivo Pell told Harbor News Agency (HNA) in an interview.';
    expect(find(text)).toContainEqual(expect.objectContaining({ speaker: 'Deputy Minister Ivo Pell', content: 'We consider the count complete' }));
  });

  it('names the whole subject, not the word the tagger marked', () => {
    const text = 'The Oren Valley Front has rejected the claim.';
    expect(find(text)).toContainEqual(expect.objectContaining({ speaker: 'The Oren Valley Front', content: 'the claim' }));
  });

  it('adds no second statement on words a rule already reports', () => {
    const text = 'Ilko Marant, the group’s spokesman, told MPA in a written message that the video was recorded this week.';
    expect(find(text).map((s) => s.cue)).toEqual(['told MPA']);
  });
});
