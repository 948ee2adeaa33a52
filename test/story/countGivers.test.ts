import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import { recordOf } from './recordOf.js';

/** An article of the outlet's own narration only, with the named organisations and the years written in it tagged wherever they occur. */
function narration(id: string, date: string, body: string, organisations: string[]): ArticleRecord {
  const base = recordOf('Nobody', 'nothing', []);
  const title = 'Hospital blast';
  const text = `${title}\n\n${body}`;
  const entities = organisations.flatMap((name) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ text: name, type: 'organization' as const, canonical: name, start: m.index, end: m.index + name.length, rule: 'fixture' })));
  const times = [...text.matchAll(/\b20\d\d\b/gu)].map((m) => ({
    text: m[0], start: m.index, end: m.index + 4, type: 'DATE' as const, value: m[0], how: { rule: 'fixture', stated: [], inferred: [] },
  }));
  return {
    ...base, id, text, entities, times, statements: [], title, outlet: { name: `${id} Post`, how: 'manifest' }, published: { ...base.published, value: date },
    paragraphs: [{ start: 0, end: title.length, kind: 'title' }, { start: title.length + 2, end: text.length, kind: 'body' }],
  };
}

const killed = (members: ReturnType<typeof readMembers>) => members.filter((m) => m.proposition.predicate === 'killed');

describe('a count is the word of whoever gives it (hospital-blast: "Health ministry lowers hospital toll to 87")', () => {
  it('gives a toll the outlet reports to the body the sentence names', () => {
    const [member] = killed(readMembers(narration('n1', '2025-10-29', 'The Hesran Health Ministry lowered the toll to 87.', ['Hesran Health Ministry'])));
    expect(member.attribution.speaker).toBe('Hesran Health Ministry');
    expect(member.proposition.quantity?.low).toBe(87);
    expect(member.stance).toBe('asserts');
  });

  it("reads 'the ministry' as the article's one named ministry", () => {
    const text = 'The Hesran Health Ministry first gave a toll of 212. The ministry itself revised the toll to 87.';
    const members = killed(readMembers(narration('n2', '2025-10-29', text, ['Hesran Health Ministry'])));
    expect(members.map((m) => m.attribution.speaker)).toEqual(['Hesran Health Ministry', 'Hesran Health Ministry']);
  });

  it('leaves a sentence that gives no count, or names nobody before the verb, to the outlet', () => {
    const members = readMembers(narration('n3', '2025-10-29', 'The toll was lowered to 87. Rescuers found 20 more bodies.', ['Hesran Health Ministry']));
    expect(members.every((m) => m.attribution.speaker === 'n3 Post')).toBe(true);
  });

  it('refutes the first toll once its only source gives another, and leaves an older event alone', () => {
    const first = { ...recordOf('The Hesran Health Ministry', 'at least 212 people were killed in the blast', []), id: 'a1', outlet: { name: 'a1 Post', how: 'manifest' as const } };
    const older = narration('a0', '2025-10-14', 'In 2023, an air strike on Tolbek hospital killed 19 people, the Hesran Health Ministry said at the time.', ['Hesran Health Ministry']);
    const revised = narration('a2', '2025-10-29', 'The Hesran Health Ministry lowered the toll to 87.', ['Hesran Health Ministry']);
    const story = relateArticles([{ ...first, published: { ...first.published, value: '2025-10-14' } }, older, revised]);
    const statusOf = (low: number) => {
      const claim = story.claims.find((c) => c.quantity?.low === low)!;
      return story.statusHistory.filter((h) => h.claimId === claim.id).map((h) => `${h.asOf} ${h.status}`);
    };
    expect(statusOf(212)).toEqual(['2025-10-14 claimed', '2025-10-29 refuted']);
    expect(statusOf(19).at(-1)).not.toMatch(/disputed|refuted/u);
    // An undated count happened in the month before it was first told: 87 is no rival of the 19 killed in 2023.
    const ids = (low: number) => story.claims.find((c) => c.quantity?.low === low)!.id;
    expect(story.relations.filter((r) => [r.from, r.to].includes(ids(19)) && [r.from, r.to].includes(ids(87)))).toEqual([]);
  });

  it("writes a count's claim in the plural when no statement says it plainly: 'the number is 87 dead' -> '87 people were killed'", () => {
    const said = { ...recordOf('The Hesran Health Ministry', 'the number is 87 dead, not 212', []), id: 'a1', outlet: { name: 'a1 Post', how: 'manifest' as const } };
    const story = relateArticles([{ ...said, published: { ...said.published, value: '2025-10-29' } }]);
    expect(story.claims.find((c) => c.quantity?.low === 87)?.text).toBe('87 people were killed');
  });

  it("states a count's claim by its figure, not by a vague count that joined it ('hundreds' with 'at least 212')", () => {
    const first = narration('v1', '2025-10-14', 'At least 212 people were killed in the blast at the hospital.', []);
    const vague = narration('v2', '2025-10-15', 'Hundreds of people were killed by an air strike.', []);
    const story = relateArticles([first, vague]);
    expect(story.claims.map((c) => c.text)).toContainEqual(expect.stringMatching(/^At least 212 people were killed/u));
    expect(story.claims.map((c) => c.text).join(' | ')).not.toMatch(/Hundreds people/u);
  });
});

describe('counts are figures: one claim per figure, related as ranges (hospital-blast: 212, "between 80 and 100", 87)', () => {
  it("reads the count a verb gives, not one said earlier in the sentence: 'was too high and put the number of dead between 80 and 100'", () => {
    const members = killed(readMembers(narration('c1', '2025-10-24', 'The UN said the toll of 212 was too high and put the number of dead between 80 and 100.', ['UN'])));
    expect(members.map((m) => m.proposition.quantity?.text)).toEqual(['212', 'between 80 and 100']);
    expect(killed(readMembers(narration('c2', '2025-10-29', 'The minister said the number is 87 dead, not 212.', [])))[0]?.proposition.quantity?.low).toBe(87);
  });

  it('keeps 87 apart from "between 80 and 100", which it supports, and joins "at least 212" with "212"', () => {
    const story = relateArticles([
      narration('r1', '2025-10-15', 'At least 212 people were killed in the blast.', []),
      narration('r2', '2025-10-16', '212 people were killed in the blast.', []),
      narration('r3', '2025-10-24', 'Between 80 and 100 people were killed in the blast.', []),
      narration('r4', '2025-10-29', '87 people were killed in the blast.', []),
    ]);
    const claimOf = (text: string) => story.claims.find((c) => c.members.some((m) => m.proposition.quantity?.text.toLowerCase() === text))!;
    expect(claimOf('at least 212')).toBe(claimOf('212'));
    expect(claimOf('87')).not.toBe(claimOf('between 80 and 100'));
    const kinds = (a: string, b: string) => story.relations.filter((r) => r.from === claimOf(a).id && r.to === claimOf(b).id).map((r) => r.kind);
    expect(kinds('87', 'between 80 and 100')).toEqual(['supports']);
    expect(kinds('at least 212', '87')).toEqual(['contradicts']);
  });

  it('counts a close independent estimate for the count inside it, from the day the count is first given, and a wide one not at all', () => {
    const story = relateArticles([
      narration('e1', '2025-10-24', 'The UN said between 80 and 100 people were killed in the blast.', ['UN']),
      narration('e2', '2025-10-25', 'Harbour Aid said between 20 and 300 people were killed in the blast.', ['Harbour Aid']),
      narration('e3', '2025-10-29', 'The Hesran Health Ministry said 87 people were killed in the blast.', ['Hesran Health Ministry']),
    ]);
    const claimOf = (text: string) => story.claims.find((c) => c.members.some((m) => m.proposition.quantity?.text.toLowerCase() === text))!;
    const history = (text: string) => story.statusHistory.filter((s) => s.claimId === claimOf(text).id).map((s) => `${s.asOf} ${s.status}`);
    const reasons = (a: string, b: string) => story.relations.filter((r) => r.from === claimOf(a).id && r.to === claimOf(b).id).map((r) => r.why);
    expect(reasons('between 80 and 100', '87')).toEqual(['a close estimate that bears out the count within it']);
    expect(reasons('between 20 and 300', '87')).toEqual([]);
    // The ministry and the UN, independently: corroborated the day the ministry gives it, not put on the table on the 24th.
    expect(history('87')).toEqual(['2025-10-29 corroborated']);
    expect(history('between 80 and 100')).toEqual(['2025-10-24 claimed', '2025-10-29 corroborated']);
  });

  it("reads a verdict on a toll that gives no figure as a verdict on the article's last figure, not on the speaker's own", () => {
    const body = 'The Hesran Health Ministry said at least 212 people were killed. The UN said the early death toll given for the blast was too high, estimating that between 80 and 100 people had been killed.';
    const members = killed(readMembers(narration('v1', '2025-10-24', body, ['Hesran Health Ministry', 'UN'])));
    expect(members.map((m) => `${m.proposition.quantity?.text}:${m.stance}`)).toEqual(['at least 212:asserts', 'at least 212:denies', 'between 80 and 100:asserts']);
  });

  it('does so when the speaker’s own figure is a statement of its own after a comma, as the pipeline reads it', () => {
    const content = 'UN puts Mirvane toll lower\n\nThe Hesran Health Ministry said at least 212 people were killed. The UN put the number of dead between 80 and 100. '
      + 'The United Nations said on Friday that the early death toll given for the blast was too high, estimating that between 80 and 100 people had been killed.';
    const record = toArticleRecord(analyzeArticle({ source: 'verdict.txt', format: 'text', content, encoding: 'utf-8' }));
    // 'said' and 'estimating' are two statements (trimSiblingContents): the figure the verdict judges is the ministry's.
    const verdict = record.statements.find((s) => s.content.text.endsWith('was too high'))!;
    expect(killed(readMembers(record)).filter((m) => m.ref.statementId === verdict.id).map((m) => `${m.proposition.quantity?.text}:${m.stance}`)).toEqual(['at least 212:denies']);
  });

  it("reads no toll from a span of time or from a part of the dead: 'two weeks ago', '31 of the dead were children'", () => {
    const body = 'The Hesran Health Ministry on Wednesday lowered its death toll for the blast at the hospital two weeks ago to 87. 31 of the dead were children.';
    const record = narration('d1', '2025-10-29', body, ['Hesran Health Ministry']);
    const at = record.text.indexOf('Wednesday');
    const wednesday = { text: 'Wednesday', start: at, end: at + 9, type: 'DATE' as const, value: '2025-10-29', how: { rule: 'fixture', stated: [], inferred: [] } };
    const members = killed(readMembers({ ...record, times: [...record.times, wednesday] }));
    expect(members.map((m) => m.proposition.quantity?.text)).toEqual(['87']);
    // 'on Wednesday' dates the lowering, not the deaths.
    expect(members[0].proposition.eventTime).not.toBe('2025-10-29');
  });
});
