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

  it('gives a participle or a coordinated verb with no subject of its own the subject of its clause', () => {
    expect(find('The GOP nominee complained about his mic the morning after the debate, even suggesting he may have been sabotaged.')).toContainEqual(
      expect.objectContaining({ speaker: 'The GOP nominee', content: 'he may have been sabotaged' }),
    );
    expect(find('On Thursday, however, Trump spoke to a gathering of fracking industry leaders, promising to lift environmental regulations.')).toContainEqual(
      expect.objectContaining({ speaker: 'Trump', content: 'to lift environmental regulations' }),
    );
    const video = 'The man refers to "the cowardly attack at the depot", but does not mention a date or any event that would establish when the video was made.';
    expect(find(video)).toContainEqual(expect.objectContaining({ speaker: 'The man', cue: 'does not mention' }));
  });

  it('reads each clause a semicolon joins on its own, and ends a content there', () => {
    const standfirst = 'Shepherds and a local official describe a man carried up to the high villages at the end of March; provincial security chief admits his earlier account was wrong';
    expect(find(standfirst).map((s) => [s.speaker, s.content])).toEqual([
      ['Shepherds and a local official', 'a man carried up to the high villages at the end of March'],
      ['provincial security chief', 'his earlier account was wrong'],
    ]);
    const told = "Danek told the Ledger that Dren was not believed to have been in Halvek at the time; the intelligence chief's account places him inside the depot.";
    expect(find(told).map((s) => [s.speaker, s.content])).toEqual([['Danek', 'Dren was not believed to have been in Halvek at the time']]);
  });

  it('takes no time into a source, and no speaker from inside a free relative', () => {
    const text = "The militia has confirmed that its deputy was killed, and Kasteria for the first time acknowledged that the town's hospital may have been damaged.";
    expect(find(text)).toContainEqual(expect.objectContaining({ speaker: 'Kasteria', content: "the town's hospital may have been damaged" }));
    expect(find('The account matches what Brigadier Hollin said in June about his injuries, and nobody had those details before then.')).toEqual([]);
  });
});
