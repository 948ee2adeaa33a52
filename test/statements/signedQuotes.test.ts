import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.js';

const find = (text: string) => analyzeText(text).map((s) => ({ speaker: s.speaker?.text ?? null, cue: s.cue.text, content: s.content.text, rule: s.rule }));

describe('findStatements: transcript turns', () => {
  it.each<[string, string, string]>([
    ['“HOST: Let’s start with the vote count tonight. Why did it take so long?', 'HOST', 'Let’s start with the vote count tonight. Why did it take so long?'],
    ['ORTEGA: Well, look, the count took as long as it had to take.', 'ORTEGA', 'Well, look, the count took as long as it had to take'],
  ])('%s', (text, speaker, content) => {
    expect(find(text)).toContainEqual({ speaker, cue: ':', content, rule: 'transcript-turn' });
  });

  it.each([
    'UPDATE: The story was changed to add the mayor’s reply.',
    'EDITOR’S NOTE: This column appeared in print on Sunday.',
    'The reason is simple: voters are angry about the count.',
    'Q: Who counted the ballots?',
  ])('not %s', (text) => {
    expect(find(text).filter((s) => s.rule === 'transcript-turn')).toEqual([]);
  });
});

describe('findStatements: a quote signed with a dash and a name', () => {
  it.each<[string, string, string]>([
    ['“He does not speak for me or for my town.” ― Ana Rivera', 'Ana Rivera', 'He does not speak for me or for my town.'],
    ['“We waited four hours to vote.” — Tom Okafor', 'Tom Okafor', 'We waited four hours to vote.'],
  ])('%s', (text, speaker, content) => {
    expect(find(text)).toContainEqual({ speaker, cue: expect.stringMatching(/^[―—]$/), content, rule: 'quote-dash-speaker' });
  });

  it.each([
    '“It was over,” — and that was the end of the count.',
    'The mayor called it “a disgrace” — Tuesday was no better.',
  ])('not %s', (text) => {
    expect(find(text).filter((s) => s.rule === 'quote-dash-speaker')).toEqual([]);
  });
});
