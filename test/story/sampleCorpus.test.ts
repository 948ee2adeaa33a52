import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import type { Story } from '../../src/relate/types.js';
import { analyzeInMemory } from '../support/analyzeInMemory.js';

/** Targets from the 'Intended reading' of samples/corpus/README.md (claims C1, C3, C4, C9 and their relations). */
describe('story of the sample corpus (Vasko Dren, fictional)', () => {
  let records: ArticleRecord[];
  let story: Story;
  beforeAll(async () => {
    ({ records } = await analyzeInMemory(['samples/corpus'], 'samples/corpus/manifest.csv'));
    story = relateArticles(records);
  });

  it('finds the claims about Dren and his deputy', () => {
    const keys = new Set(story.claims.map((c) => c.key));
    for (const key of ['dren|killed', 'dren|alive', 'dren|injured', 'dren|absent', 'dren|fled', 'dren|hiding', 'vantosh|killed']) expect(keys).toContain(key);
  });

  it("reads Oszko's missing confirmation as doubt and the June revision as denial of the killing (C1)", () => {
    const killed = story.claims.find((c) => c.id === 'dren.killed.1')!;
    expect(killed.members.find((m) => /one hundred percent confirmation that Dren is dead/.test(m.ref.text))?.stance).toBe('doubts');
    expect(killed.members.find((m) => /was not eliminated/.test(m.ref.text))?.stance).toBe('denies');
  });

  it('C1 is disputed from the day it is claimed (13 March)', () => {
    expect(story.statusHistory.find((h) => h.claimId === 'dren.killed.1')).toMatchObject({ asOf: '2025-03-13', status: 'disputed' });
  });

  it("counts the foreign minister's doubt, retold a day later under her whole name, as one source on its first day", () => {
    const doubts = story.sources.filter((s) => s.claimId === 'dren.killed.1' && s.stance === 'doubts' && /Oszko$/.test(s.speaker));
    expect(doubts.map((s) => s.echoes.length)).toContain(2);
    // Kasteria's assertion of the 13th stands on the 14th: the claim never turns unverified in March.
    const march = story.statusHistory.filter((h) => h.claimId === 'dren.killed.1' && h.asOf < '2025-04-01');
    expect(march.map((h) => h.status)).toEqual(['disputed']);
  });

  it('relates killed to alive (contradicts) and injured to killed (refines)', () => {
    expect(story.relations).toContainEqual(expect.objectContaining({ kind: 'contradicts', from: 'dren.killed.1', to: 'dren.alive.1' }));
    expect(story.relations.some((r) => r.kind === 'refines' && r.from.startsWith('dren.injured.') && r.to === 'dren.killed.1')).toBe(true);
  });

  it('keeps the two clocks apart in the timeline', () => {
    const events = story.timeline.filter((e) => e.clock === 'event');
    const reports = story.timeline.filter((e) => e.clock === 'report');
    expect(events.length).toBeGreaterThan(0);
    expect(reports.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.time) && r.ref !== null)).toBe(true);
  });

  it('gives the same story whatever order the articles come in', () => {
    expect(relateArticles([...records].reverse())).toEqual(story);
  });
});
