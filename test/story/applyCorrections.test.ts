import { describe, expect, it } from 'vitest';
import type { CorrectionRecord, CorrectionTarget, StatementKey } from '../../src/model/correction.js';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { correctedStanceRule, readCorrectedMembers } from '../../src/relate/corrections/applyCorrections.js';
import { keyOfMember } from '../../src/relate/corrections/matchStatement.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { relateSubject } from '../../src/relate/relateSubject.js';
import type { ClaimMember } from '../../src/relate/types.js';
import { recordOf } from './recordOf.js';

const baghdadi = 'Abu Bakr al-Baghdadi';

/** A one-statement article with its own id, by `speaker`. */
const article = (id: string, content: string, speaker = 'The official', people: string[] = [baghdadi]): ArticleRecord =>
  ({ ...recordOf(speaker, content, people), id });

let serial = 0;
const correction = (target: CorrectionTarget): CorrectionRecord =>
  ({ id: (serial += 1), at: '2025-06-01T10:00:00.000Z', by: 'Ana Reyes', note: 'checked', target, previous: null, undone_at: null, undone_by: null });

const keyOf = (record: ArticleRecord): StatementKey => ({ articleId: record.id, statementId: 's1', text: record.statements[0].content.text });

/** Members of several articles in story order, as loadSubjectMembers gives them. */
const membersOf = (records: ArticleRecord[], corrections: CorrectionRecord[] = []): ClaimMember[] =>
  records.flatMap((record) => readCorrectedMembers(record, corrections)).filter((m) => m.proposition.subject === 'baghdadi');

const claimsOf = (members: ClaimMember[]) => relateSubject('baghdadi', members).story.claims.map((c) => c.members.map((m) => m.ref.articleId).sort());

describe('readCorrectedMembers: one article read with the corrections in force', () => {
  const killed = article('a1', `${baghdadi} was killed in an airstrike`);

  it('reads as readMembers does when no correction is in force', () => {
    expect(readCorrectedMembers(killed, [])).toEqual(readMembers(killed));
  });

  it('sets a stance by hand, finding the statement by its words after a reanalysis renumbered it', () => {
    const renumbered = { ...keyOf(killed), statementId: 's7' };
    const set = correction({ kind: 'stance', statement: renumbered, stance: 'denies' });
    const [member] = readCorrectedMembers(killed, [set]);
    expect(member).toMatchObject({ stance: 'denies', stanceRule: correctedStanceRule, corrections: [{ id: set.id, kind: 'stance', by: 'Ana Reyes' }] });
    // The words changed (a better cleaner) and the id is the same: found by its id.
    const reworded = correction({ kind: 'stance', statement: { ...keyOf(killed), text: 'was killed' }, stance: 'doubts' });
    expect(readCorrectedMembers(killed, [reworded])[0].stance).toBe('doubts');
    // Another article's statement is not this one's.
    expect(readCorrectedMembers(killed, [correction({ kind: 'stance', statement: { ...keyOf(killed), articleId: 'b2' }, stance: 'denies' })])[0].stance).toBe('asserts');
  });

  it('the later of two corrections of a stance wins', () => {
    const first = correction({ kind: 'stance', statement: keyOf(killed), stance: 'denies' });
    const second = correction({ kind: 'stance', statement: keyOf(killed), stance: 'reports' });
    expect(readCorrectedMembers(killed, [second, first])[0].stance).toBe('reports');
  });

  it('sets a speaker: name, key and chain', () => {
    const [member] = readCorrectedMembers(killed, [correction({ kind: 'speaker', statement: keyOf(killed), speaker: 'Colonel Ryan Dillon' })]);
    expect(member.attribution).toMatchObject({ speaker: 'Colonel Ryan Dillon', speakerKey: 'colonel ryan dillon', chain: ['Fixture Post', 'Colonel Ryan Dillon'] });
  });

  it('sets the outlet and the date, which the members carry', () => {
    const [member] = readCorrectedMembers(killed, [
      correction({ kind: 'outlet', articleId: 'a1', outlet: 'Reuters' }),
      correction({ kind: 'date', articleId: 'a1', date: '2019-10-27' }),
    ]);
    expect(member.attribution.outlet).toBe('Reuters');
    expect(member.attribution.chain[0]).toBe('Reuters');
    expect(member.publishedOn).toBe('2019-10-27');
    expect(member.corrections?.map((m) => m.kind)).toEqual(['outlet', 'date']);
  });

  it('leaves an excluded article out of the story, and only that one', () => {
    expect(readCorrectedMembers(killed, [correction({ kind: 'exclude', articleId: 'a1' })])).toEqual([]);
    expect(readCorrectedMembers(killed, [correction({ kind: 'exclude', articleId: 'b2' })])).toEqual(readMembers(killed));
  });
});

describe('relateSubject honours merges, splits and moves made by hand', () => {
  const airstrike = article('a1', `${baghdadi} was killed in an airstrike`);
  const again = article('a2', `${baghdadi} was killed in an airstrike near Raqqa`);
  const bombing = article('b1', `${baghdadi} was killed in a car bombing`);
  const anchorOf = (records: ArticleRecord[]) => {
    const members = membersOf(records);
    return { claimId: 'x', subject: 'baghdadi', statements: members.map(keyOfMember) };
  };

  it('groups them apart by their agents without a correction', () => {
    expect(claimsOf(membersOf([airstrike, again, bombing]))).toEqual([['a1', 'a2'], ['b1']]);
  });

  it('merges two claims into the first', () => {
    const merge = correction({ kind: 'merge', claims: [anchorOf([airstrike, again]), anchorOf([bombing])] });
    const derived = relateSubject('baghdadi', membersOf([airstrike, again, bombing], [merge]));
    expect(derived.story.claims.map((c) => c.members.map((m) => m.ref.articleId))).toEqual([['a1', 'a2', 'b1']]);
    expect(derived.story.claims[0].corrections?.map((m) => m.id)).toEqual([merge.id]);
    expect(derived.claims[0].corrections.map((m) => m.kind)).toEqual(['merge']);
  });

  it('splits statements off into a claim of their own, named after the claim they left', () => {
    const split = correction({ kind: 'split', claim: anchorOf([airstrike, again]), statements: [keyOf(again)] });
    const derived = relateSubject('baghdadi', membersOf([airstrike, again, bombing], [split]));
    expect(derived.story.claims.map((c) => c.members.map((m) => m.ref.articleId))).toEqual([['a1'], ['b1'], ['a2']]);
    expect(derived.story.claims[2].id).toBe(`${derived.story.claims[0].id}.c${split.id}`);
  });

  it('moves a statement to the claim holding the anchor statements; an emptied claim is gone', () => {
    const move = correction({ kind: 'move', statement: keyOf(bombing), to: anchorOf([airstrike]) });
    expect(claimsOf(membersOf([airstrike, again, bombing], [move]))).toEqual([['a1', 'a2', 'b1']]);
    // Its anchor statements gone (their article excluded), the moved statement stays where it was grouped.
    const gone = correction({ kind: 'exclude', articleId: 'a1' });
    const moveToGone = correction({ kind: 'move', statement: keyOf(again), to: anchorOf([airstrike]) });
    expect(claimsOf(membersOf([airstrike, again, bombing], [gone, moveToGone]))).toEqual([['a2'], ['b1']]);
  });
});

describe('findSources with speakers marked as one source or as two', () => {
  const quote = `${baghdadi} was killed in an airstrike on the compound`;
  const john = article('j1', quote, 'John Smith', [baghdadi, 'John Smith']);
  const jane = article('j2', quote, 'Jane Smith', [baghdadi, 'Jane Smith']);
  // Words too short to be one quote echoed (findSources joins echoes of 30 characters or more).
  const kremlin = article('k1', `${baghdadi} is dead`, 'The Kremlin');
  const peskov = article('k2', `${baghdadi} has died`, 'Dmitry Peskov', [baghdadi, 'Dmitry Peskov']);
  const sourcesOf = (members: ClaimMember[]) => relateSubject('baghdadi', members).story.sources.map((s) => s.echoes.map((e) => e.ref.articleId));

  it('keeps John Smith and Jane Smith apart when marked as two sources', () => {
    expect(sourcesOf(membersOf([john, jane]))).toEqual([['j1', 'j2']]);
    const apart = correction({ kind: 'same-source', speakers: [{ name: 'John Smith', key: 'smith' }, { name: 'Jane Smith', key: 'smith' }], same: false });
    expect(sourcesOf(membersOf([john, jane], [apart]))).toEqual([['j1'], ['j2']]);
  });

  it('counts the Kremlin and Peskov once when marked as one source', () => {
    expect(sourcesOf(membersOf([kremlin, peskov]))).toEqual([['k1'], ['k2']]);
    const same = correction({ kind: 'same-source', speakers: [{ name: 'The Kremlin', key: 'kremlin' }, { name: 'Dmitry Peskov', key: 'peskov' }], same: true });
    const story = relateSubject('baghdadi', membersOf([kremlin, peskov], [same])).story;
    expect(story.sources.map((s) => s.echoes.map((e) => e.ref.articleId))).toEqual([['k1', 'k2']]);
    expect(story.sources[0].corrections?.map((m) => m.id)).toEqual([same.id]);
  });
});
