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

  it('reads a clause of its own inside another statement’s content as a second statement, and ends the first there', () => {
    const text = 'Figueroa said the campaign planned a protest outside the hall, though she acknowledged it was unlikely to work.';
    const found = find(text);
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'Figueroa', cue: 'said', content: 'the campaign planned a protest outside the hall' }));
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'she', cue: 'acknowledged', content: 'it was unlikely to work' }));
  });

  it('reads the cue’s verb past its auxiliary, and the subject before it as the source', () => {
    expect(find('Clinton is promising to help mining communities transition out of coal.')).toContainEqual(
      expect.objectContaining({ speaker: 'Clinton', cue: 'is promising', content: 'to help mining communities transition out of coal' }),
    );
  });

  it('adds no second statement on words a rule already reports', () => {
    const text = 'Ilko Marant, the group’s spokesman, told MPA in a written message that the video was recorded this week.';
    expect(find(text).map((s) => s.cue)).toEqual(['told MPA']);
  });
});
