import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { narrationOf } from './recordOf.js';

/** What each verdict word was read as: 'subject|predicate|stance <- verdict'. */
const verdicts = (record: ArticleRecord, words: string[]): string[] =>
  readMembers(record).filter((m) => words.includes(m.proposition.trigger.text)).map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.stance} <- ${m.proposition.trigger.text}`);

describe('a verdict that points back judges the claim its own words name (samples/corpus: "Killed in the strike: wrong.")', () => {
  it('denies the claim of the kind the verdict names, not the claim said just before it', () => {
    const record = narrationOf('Vasko Dren did not die in the strike. He is in the mountains now. Killed in the strike: wrong.', ['Vasko Dren'], 'person');
    expect(verdicts(record, ['wrong'])).toEqual(['dren|killed|denies <- wrong']);
  });

  it('reads nothing from a verdict on words no claim has, rather than pinning it on the last claim', () => {
    const record = narrationOf('Vasko Dren is in the mountains now. Not at the depot that night: wrong.', ['Vasko Dren'], 'person');
    expect(verdicts(record, ['wrong'])).toEqual([]);
  });

  it('still answers the nearest claim when the answer names nothing of its own ("those reports")', () => {
    const record = narrationOf('Vasko Dren was killed in the strike, officials said. Those reports were wrong.', ['Vasko Dren'], 'person');
    expect(verdicts(record, ['wrong'])).toEqual(['dren|killed|denies <- wrong']);
  });

  it('reads only the words before a doubt for what it judges: after it stands what could not be checked', () => {
    // '... the date it was filmed' names a recording, but the doubt answers what the man in the video said.
    const record = narrationOf('"Vasko Dren was killed in the strike," the man in the video says. The agency was unable to verify the authenticity of the recording or the date it was filmed.', ['Vasko Dren'], 'person');
    expect(verdicts(record, ['unable to verify'])).toEqual(['dren|killed|doubts <- unable to verify']);
  });
});
