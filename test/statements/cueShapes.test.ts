import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.js';

/** Each statement as [speaker, cue, content]. */
const read = (text: string): [string | null, string, string][] => analyzeText(text).map((s) => [s.speaker?.text ?? null, s.cue.text, s.content.text]);

describe('cue shapes read from PolNeAR train-like prose (issue 15)', () => {
  it('reads the paragraph below a line that ends in a cue and a colon', () => {
    expect(read('The governor added:\n\nIt is typical of the senator. She knows nothing, but the talk never stops.')).toEqual([
      ['The governor', 'added', 'It is typical of the senator. She knows nothing, but the talk never stops'],
    ]);
  });

  it('takes the speaker before an aside between dashes, and a coordinated cue from its first cue', () => {
    const text = "Kall -- co-editor of Debating The Donald, a book analyzing Trump's debates -- said the candidate tended to make announcements.";
    expect(read(text)).toEqual([['Kall', 'said', 'the candidate tended to make announcements']]);
    expect(read('Kall — a co-editor of the book — said the candidate lied.')).toEqual([['Kall', 'said', 'the candidate lied']]);
    // A hyphen inside a word or a dash inside the content opens no aside.
    expect(read('The strike - a precision strike, officials said - hit the depot.').map((s) => s[0])).not.toContain('The strike');
    const coordinated = 'The ministry cited the United Nations, which said 90 people had been killed and called the first figure too high.';
    expect(read(coordinated).filter((s) => s[1] === 'called').map((s) => s[0])).toEqual(['which']);
  });

  it("takes a subject whose relative clause has no 'who' or 'that' whole", () => {
    expect(read("In Mrs. Clinton's favor, all the experts I interviewed said her proposals were more detailed.")).toEqual([
      ['all the experts I interviewed', 'said', 'her proposals were more detailed'],
    ]);
    expect(read('The voters we spoke to said the economy was the issue.')).toEqual([['The voters we spoke to', 'said', 'the economy was the issue']]);
  });

  it("gives a gerund after 'by' or 'after' its clause's subject, and the hearer to the cue", () => {
    expect(read('President Barack Obama responded to a Gold Star mother on Wednesday by saying his refusal was a manufactured issue.')).toEqual([
      ['President Barack Obama', 'saying', 'his refusal was a manufactured issue'],
    ]);
    expect(read('The minister ended the briefing after telling reporters that the talks had failed.')).toEqual([['The minister', 'telling reporters', 'the talks had failed']]);
    expect(read('She surprised her aides by saying nothing.')).toEqual([]);
  });

  it('reads a progressive from its auxiliary, and a listener of a few words before that', () => {
    expect(read('Donald Trump is telling a veterans group that the military is depleted.')).toEqual([
      ['Donald Trump', 'is telling a veterans group', 'the military is depleted'],
    ]);
    expect(read('Officials have been saying for weeks that the bridge is safe.')).toEqual([['Officials', 'have been saying', 'the bridge is safe']]);
  });

  it('leaves a passive alone, and takes a body named by its country as one listener', () => {
    expect(read('The report is being released on Monday.')).toEqual([]);
    expect(read('We are asking the Kasterian government to open an independent investigation.').map((s) => s[2])).not.toContain('government to open an independent investigation');
  });

  it('reads a quoted sentence right after a verb that otherwise needs "that", not a quoted object', () => {
    expect(read('In an interview Trump declared “I think NATO may be obsolete.”').map((s) => s.slice(1))).toContainEqual(['declared', 'I think NATO may be obsolete.']);
    expect(read('His officers had found "nothing that points to Dren" in the rubble.')).toEqual([]);
  });

  it('takes no quote from the paragraph before as what a speaker said', () => {
    const text = 'He said: “NATO was set up a long time ago.”\n\nPresident Obama responded to a mother on Wednesday by calling it a manufactured issue.';
    expect(read(text).filter((s) => s[0] === 'President Obama').map((s) => s[2])).not.toContain('NATO was set up a long time ago.');
    // A line break inside one paragraph (hard-wrapped text) is no boundary.
    expect(read('“We will win this fight,”\nsaid the mayor of the town.')).toEqual([['the mayor of the town', 'said', 'We will win this fight']]);
  });

  it('reads a cue word after a number or a plural quantifier, or before a finite verb, as a noun', () => {
    expect(read('These opponents will face off in court against the agency, 18 states said to the court.').map((s) => s[1])).not.toContain('states');
    expect(read('Police have said there are no immediate plans to release the recordings.').map((s) => s[1])).not.toContain('plans');
    expect(read('But his latest remarks will do nothing to end the dispute.')).toEqual([]);
    expect(read('The registration issue was first reported by the newspaper.')).toEqual([]);
  });

  it('reads the words a recording shows its speaker saying', () => {
    expect(read('The militia released a video of Dren saying that he was alive and in good health.')).toContainEqual(['Dren', 'saying', 'he was alive and in good health']);
    expect(read('The spot ends with footage of Trump saying during the debate, “That makes me smart,” as Clinton spoke.')).toContainEqual(['Trump', 'saying', 'That makes me smart']);
  });

  it("reads a clause beside 'as SPEAKER said' or 'as SPEAKER put it', not 'as he said he would'", () => {
    expect(read('The count was fair, as the minister said on Friday.')).toEqual([['the minister', 'said', 'The count was fair']]);
    expect(read("As Ms. Simonyan put it in a statement in July, RT is providing a perspective you won't get elsewhere.")).toEqual([
      ['Ms. Simonyan', 'put it', "RT is providing a perspective you won't get elsewhere"],
    ]);
    expect(read('The main requirement is a "lawful source of investment income," as a Homeland Security memo put it.').map((s) => s.slice(0, 2))).toEqual([['a Homeland Security memo', 'put it']]);
    expect(read('He left, as he said he would.').map((s) => s[1])).not.toContain('as he said');
    expect(read('Groups such as the Red Cross, as well as local officials, sent aid.')).toEqual([]);
    // Inside a quote the 'as' clause is the quoted speaker's: the quote stays Duvarre's.
    const quoted = '“We are asking the government to publish its strike video, as it has promised, and to compensate the families,” Duvarre said.';
    expect(read(quoted).map((s) => s.slice(0, 2))).toEqual([['Duvarre', 'said']]);
  });

  it("takes a plural without an -s as the subject a bare verb form agrees with: 'the data show', 'Lessarian media say'", () => {
    expect(read('Turnout fell by a third, the data show.')).toEqual([['the data', 'show', 'Turnout fell by a third']]);
    expect(read('Lessarian media say he is dead.')).toEqual([['Lessarian media', 'say', 'he is dead']]);
  });
});
