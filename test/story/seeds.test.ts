import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { relateArticles } from '../../src/relate/relateArticles.js';
import type { Story } from '../../src/relate/types.js';
import { analyzeInMemory } from '../support/analyzeInMemory.js';

const seeds = join(process.env.CORROBORATE_SHARED ?? '../shared', 'seeds');
const present = existsSync(join(seeds, 'manifest.csv'));
if (!present) console.warn(`story seeds test skipped: no ${seeds}/manifest.csv (set CORROBORATE_SHARED to the shared data folder)`);

const statusAsOf = (story: Story, claimId: string, date: string): string | undefined =>
  story.statusHistory.filter((h) => h.claimId === claimId && h.asOf <= date).at(-1)?.status;

describe.skipIf(!present)('story of the seed articles (al-Baghdadi)', () => {
  let records: ArticleRecord[];
  let story: Story;
  beforeAll(async () => {
    ({ records } = await analyzeInMemory([seeds], join(seeds, 'manifest.csv')));
    story = relateArticles(records);
  });

  it('groups the statements into the claims a careful reader finds', () => {
    const keys = new Set(story.claims.map((c) => c.key));
    for (const key of ['killed', 'injured', 'alive', 'hiding', 'fled', 'survived-attack']) expect(keys).toContain(`baghdadi|${key}`);
    const killed = story.claims.find((c) => c.id === 'baghdadi.killed.1')!;
    expect(killed.eventTime?.to).toBe('2017-05-28');
    expect(killed.members.length).toBeGreaterThan(10);
  });

  it('reads Lavrov and the Pentagon as doubting the killing, the Russian ministry as asserting it', () => {
    const killed = story.claims.find((c) => c.id === 'baghdadi.killed.1')!;
    const stanceOf = (words: RegExp) => killed.members.filter((m) => words.test(m.ref.text)).map((m) => m.stance);
    expect(stanceOf(/one-hundred-percent confirmation/)).toEqual(['doubts']);
    expect(stanceOf(/it may have killed Abu Bakr/)).toEqual(['asserts']);
    expect(stanceOf(/not actually killed/)).toEqual(['denies']);
  });

  it("gives 'killed' as disputed in June 2017 and refuted by February 2018; 'injured' and the coup attempt only claimed (one article each)", () => {
    expect(statusAsOf(story, 'baghdadi.killed.1', '2017-06-30')).toBe('disputed');
    expect(statusAsOf(story, 'baghdadi.killed.1', '2018-02-28')).toBe('refuted');
    // Only one article (February 2018) says he was injured, however many voices it quotes: one article alone never corroborates.
    expect(statusAsOf(story, 'baghdadi.injured.1', '2018-02-28')).not.toBe('corroborated');
    expect(story.claims.find((c) => c.id === 'baghdadi.injured.1')?.members.some((m) => m.publishedOn! < '2018-01-01' && m.stance === 'asserts')).toBe(false);
    // A refuted claim no longer disputes its rivals: 'killed in May 2017' does not dispute the 2019 coup survival.
    // Only the February 2019 article reports the coup attempt, so it is claimed, not corroborated, and not disputed either.
    expect(statusAsOf(story, 'baghdadi.survived-attack.1', '2019-02-28')).toBe('claimed');
  });

  it('finds killed vs alive a contradiction and fled-then-hiding a sequence', () => {
    const has = (kind: string, from: string, to: string) => story.relations.some((r) => r.kind === kind && r.from === from && r.to === to);
    expect(has('contradicts', 'baghdadi.killed.1', 'baghdadi.alive.1')).toBe(true);
    expect(has('refines', 'baghdadi.injured.1', 'baghdadi.killed.1')).toBe(true);
    const sequence = story.relations.find((r) => r.to === 'baghdadi.hiding.1' && r.from.startsWith('baghdadi.fled.'));
    expect(sequence).toMatchObject({ kind: 'supports', sequence: true });
  });

  it('keeps the speaker apart from the relaying outlet, with the relay between', () => {
    const relayed = story.claims.flatMap((c) => c.members).find((m) => m.attribution.chain.includes('Reuters'));
    expect(relayed?.attribution.chain[0]).toBe(relayed?.attribution.outlet);
    expect(relayed?.attribution.chain.at(-1)).toBe(relayed?.attribution.speaker);
  });

  it('counts one speaker repeating a quote as one source', () => {
    const basri = story.sources.filter((s) => s.claimId === 'baghdadi.alive.1' && /Basri/.test(s.speaker));
    expect(basri).toHaveLength(1);
    expect(basri[0].echoes.length).toBeGreaterThan(1);
  });

  it('reads an October 2019 report of the US raid as a new claim, not as the refuted 2017 killing revived', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'raid-'));
    // Written for this test, in the manner of a wire report of 27 October 2019.
    const raid = {
      title: 'Abu Bakr al-Baghdadi killed in US raid in Syria, Trump says',
      outlet: 'Test Wire', url: 'https://wire.example/baghdadi-raid', published: '2019-10-27T15:00:00Z',
      text: [
        'Abu Bakr al-Baghdadi killed in US raid in Syria, Trump says',
        'WASHINGTON, Oct 27 (Test Wire) - Abu Bakr al-Baghdadi, the leader of Islamic State, is dead after a raid by US special forces in north-western Syria, President Donald Trump said on Sunday.',
        'Trump said al-Baghdadi was killed in the raid on Saturday night in Idlib province after he detonated a suicide vest in a tunnel.',
      ].join('\n\n'),
    };
    writeFileSync(join(folder, 'raid.jsonl'), `${JSON.stringify(raid)}\n`);
    const { records: withRaid } = await analyzeInMemory([seeds, folder], join(seeds, 'manifest.csv'));
    const raidId = withRaid.find((r) => r.url === raid.url)!.id;
    const raidStory = relateArticles(withRaid);
    const old = raidStory.claims.find((c) => c.id === 'baghdadi.killed.1')!;
    expect(old.members.some((m) => m.ref.articleId === raidId)).toBe(false);
    const fresh = raidStory.claims.filter((c) => c.key === 'baghdadi|killed' && c.members.some((m) => m.ref.articleId === raidId));
    expect(fresh).toHaveLength(1);
    expect(fresh[0].id).not.toBe('baghdadi.killed.1');
  });

  it('gives the same story whatever order the articles come in, and counts an article given twice once', () => {
    expect(relateArticles([...records].reverse())).toEqual(story);
    expect(relateArticles([...records, ...records.slice(0, 3)])).toEqual(story);
  });
});
