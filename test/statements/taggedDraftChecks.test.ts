import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/analyze/segment/tokenize.js';
import { taggedDraftChecks, type TaggedStatement } from '../../src/analyze/statements/taggedDraftChecks.js';

/** '[S The senator] [C said] [K the count was fair].' -> the tokens and the runs of each role. */
function tagged(marked: string): TaggedStatement {
  let text = '';
  const spans: Record<string, { start: number; end: number }> = {};
  for (const part of marked.split(/(\[[SCK] [^\]]*\])/)) {
    const mark = /^\[([SCK]) (.*)\]$/.exec(part);
    if (mark) spans[mark[1]] = { start: text.length, end: text.length + mark[2].length };
    text += mark ? mark[2] : part;
  }
  const tokens = tokensOf(text);
  const run = (role: string) => {
    const span = spans[role];
    if (!span) return undefined;
    const inside = tokens.flatMap((t, i) => (t.start >= span.start && t.end <= span.end ? [i] : []));
    return { first: inside[0], last: inside.at(-1)! };
  };
  return { tokens, source: run('S'), cue: run('C')!, content: run('K')! };
}

const failed = (marked: string): string[] => taggedDraftChecks.filter((c) => !c.passes(tagged(marked))).map((c) => c.name);

describe('taggedDraftChecks', () => {
  it.each([
    '[S The senator] [C blasted] [K that the budget plan was a giveaway].',
    '“[K We will win this count],” [S she] [C vowed].',
    'It was [C reported that] [K the count had stopped].',
    '[S The Russians] [C claim] [K that he was dead].',
    '[S Polls] [C show that] [K the race is close].',
    '[S He] [C was quoted as saying] [K the count was fair].',
    '[S The Front] [C rejected] [K the claim].',
    '[S They] [C could not resist pointing out that] [K the count was late].',
    '[S Supporters in Congress] [C say] [K the program works].',
    '[S Many of whom] [C say] [K the claims are false].',
    '[S He’s] [C claiming] [K voting fraud is a big problem].',
    '[S Polls] [C show] [K a close contest in the state].',
    '[S A 2014 study by a law professor] [C found] [K 31 incidents of voter impersonation].',
    '[S The officials, who] [C said] [K the count was fair], declined to be named.',
    '[S Investigators] [C found that] [K the fire had been set].',
    '[S The autopsy] [C had found] [K "multiple injuries consistent with a beating"].',
    '[S Kasteria] for the first time [C acknowledged] [K that the hospital may have been damaged].',
    '[S Some] [C say] [K the war is lost].',
    '[S He] [C pointed to] [K reports that the count was late].',
    '[S A spokesman] [C called] [K the claims absurd].',
  ])('passes %s', (marked) => {
    expect(failed(marked)).toEqual([]);
  });

  it.each<[string, string]>([
    ['The strike has drawn [C criticism] [K over its toll].', 'has a source, or the cue frames a clause'],
    ['[S Moscow’s] [C claims] [K that the strike hit] were refuted.', 'source is a whole noun phrase, not a possessive'],
    ['[S His] [C endorsed] [K candidate lost].', 'source is a whole noun phrase, not a possessive'],
    ['[S Trump], who spoke in Ohio on Friday, [C praised] [K the plan].', 'source comes right before the cue or after the content'],
    ['[S This photo] [C shows] [K an image grab].', 'a verb whose plain object is no speech keeps the clause it needs'],
    ['[S He] [C found] [K the car in a ditch].', 'a verb whose plain object is no speech keeps the clause it needs'],
    ['[S The Russian] [C claim] [K that he was dead] was wrong.', 'a bare verb form agrees with its source'],
    ['[S He] [C was told] [K to leave the city].', 'the subject of a passive cue is no source'],
    ['[S He] [C said] [K so].', 'the content has two words or more, and is no formula said'],
    ['[S They] were [C saying] [K goodbye at the station].', 'the content has two words or more, and is no formula said'],
    ['[S The views] [C expressed] in [K this column] are his own.', 'no passive participle of a reduced relative'],
    ['[S Forces] [C seems] [K just as tired].', 'the cue is a reporting verb or a word the lexicon trusts, or frames a clause'],
    ['Reports [C about] [K the injuries] spread.', 'the cue is a reporting verb or a word the lexicon trusts, or frames a clause'],
    ['Since then, [S the alliance] [C has pushed] [K the militants back to the river].', 'a word that is no reporting verb reports a proposition or a claim'],
    ['[S The man] [C identified] [K as a courier] was held.', 'what follows the cue opens a clause or an object'],
    ['[S He] [C declared] [K himself the winner].', 'what follows the cue opens a clause or an object'],
    ['[S The voters] [C we spoke to said] [K the economy was the issue].', 'the cue opens with no subject pronoun'],
    ['[S She] [C surprised] [K her aides by saying nothing].', 'a gerund of speech inside the content is its own cue'],
    ['[S He] [C ended] [K the briefing after telling reporters it was over].', 'a gerund of speech inside the content is its own cue'],
    ['[S His officers] [C had found] "[K nothing that points to Dren]" in the rubble.', 'a verb whose plain object is no speech keeps the clause it needs'],
    ['[S Investigators] [C found] [K the car in a ditch].', 'a verb whose plain object is no speech keeps the clause it needs'],
    ['[S Baghdadi dead], [C says] [K Iraqi TV]', 'the words after a verb inverted behind a comma name its speaker'],
    ['It was a report [S the group] [C denied] [K two years ago].', 'the content is more than a time'],
    ['The account matches what [S Brigadier Hollin] [C said in June about] [K his injuries].', 'a source inside a free relative says what the relative stands for'],
    ['Nor is it clear that [S further] [C sanctions] [K would be a deterrent].', 'an -s form after a source of quantifiers only is their noun'],
    ['[S Too many] [C calls] [K still roll over to backup centers].', 'an -s form after a source of quantifiers only is their noun'],
    ['[S Julie Hirschfeld Davis] [C reported from] [K Midway Atoll].', 'a cue with a preposition of place or motion is an action'],
    ['[S It’s worth] [C noting] [K that this is the first time].', 'what is worth saying is the writer’s own'],
    ['India and Pakistan spar over whether a leader of [S a Pakistan-based group] [C called] [K Lashkar-e-Taiba belongs on the list].', 'a participle that names is no cue'],
    ['[S Iowa] [C :] [K Trump leads with 30 percent].', 'a colon in the body names a speaker only before a quote'],
  ])('rejects %s', (marked, check) => {
    expect(failed(marked)).toContain(check);
  });
});
