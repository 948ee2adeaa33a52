import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimView, correctionList, correctionOutcome, storyBoard } from '../../src/api/apiSchemas.js';
import { createApp } from '../../src/api/createApp.js';
import type { ClaimRecord, StoryRecord } from '../../src/model/storyRecord.js';
import type { Database } from '../../src/store/Database.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { exportStory } from '../../src/usecases/exportStory.js';
import { readStoryRecord } from '../../src/usecases/readStory.js';
import { reanalyzeArticles } from '../../src/usecases/reanalyzeArticles.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { testStores } from '../support/testStores.js';
import { expectError, getJson } from './requestJson.js';

const corpus = 'samples/corpus';

/** The claim holding a statement (article id prefix and statement id) on a given trigger-free reading: the first that has it. */
const claimsHolding = (story: StoryRecord, article: string, statement: string): ClaimRecord[] =>
  story.claims.filter((c) => c.statements.some((s) => s.article.startsWith(article) && s.statement === statement));

const holding = (story: StoryRecord, article: string, statement: string): ClaimRecord => {
  const [claim] = claimsHolding(story, article, statement);
  expect(claim, `a claim holds ${article}:${statement}`).toBeDefined();
  return claim;
};

/** The id of the statement of an article that says these words: an id alone would move when a statement is found earlier in the article. */
function idSaying(story: StoryRecord, article: string, words: string): string {
  const found = story.claims.flatMap((c) => c.statements).find((s) => s.article.startsWith(article) && s.text.startsWith(words));
  expect(found, `a statement of ${article} says '${words}'`).toBeDefined();
  return found!.statement;
}

const statementOf = (story: StoryRecord, article: string, statement: string) =>
  story.claims.flatMap((c) => c.statements).find((s) => s.article.startsWith(article) && s.statement === statement)!;

async function post(app: Hono, url: string, body: unknown): Promise<Response> {
  return app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function correct(app: Hono, change: unknown, note: string) {
  const response = await post(app, '/api/corrections', { change, note, by: 'Ana Reyes' });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return correctionOutcome.parse(JSON.parse(text)).correction;
}

for (const store of testStores()) {
  describe(`corrections by hand through the API (${store.name})`, () => {
    let db: Database;
    let app: Hono;
    let automatic: StoryRecord;
    let article: (prefix: string) => string;
    /** Two statements of the Korvath Today witnesses article: the confirmation 'Dren was wounded', and the forestry track. */
    let confirmedWounded: string;
    let forestryTrack: string;
    beforeAll(async () => {
      db = await store.open();
      await analyzeSources(db, { paths: [corpus], manifestPath: path.join(corpus, 'manifest.csv') });
      app = createApp({ db });
      automatic = await readStoryRecord(db);
      confirmedWounded = idSaying(automatic, 'cb2c709a', 'Dren was wounded');
      forestryTrack = idSaying(automatic, 'cb2c709a', 'the group had used the old forestry track');
      const ids = (await db.query<{ id: string }>('SELECT id FROM articles')).map((row) => row.id);
      article = (prefix) => ids.find((id) => id.startsWith(prefix))!;
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    /** Every correction made below, checked on the story as it stands. */
    function expectCorrected(story: StoryRecord): void {
      // merge: 'Vasko Dren is dead' (7fe479a8:s1) joined the main 'killed in the strike' claim (b747cc9c:s2).
      expect(holding(story, '7fe479a8', 's1').id).toBe(holding(story, 'b747cc9c', 's2').id);
      // split: two later accounts ('Dren was wounded', 'would make sense for a badly wounded commander') left the 'wounded' claim and form one of their own.
      const splitOff = holding(story, 'cb2c709a', confirmedWounded);
      expect(claimsHolding(story, '88d67575', 's18').map((c) => c.id)).toContain(splitOff.id);
      expect(splitOff.statements.map((s) => `${s.article.slice(0, 8)}:${s.statement}`).sort()).toEqual(['88d67575:s18', `cb2c709a:${confirmedWounded}`]);
      expect(holding(story, 'ee214534', 's5').id).not.toBe(splitOff.id);
      // move: 'Dren had been treated by a surgeon' joined the 'wounded' claim.
      expect(holding(story, '49c8dfa6', 's7').id).toBe(holding(story, 'ee214534', 's5').id);
      // stance: Kasteria's assertion is a denial now, and says who decided it.
      const restanced = statementOf(story, 'b747cc9c', 's1');
      expect(restanced.stance).toBe('denies');
      expect(restanced.evidence.rule).toBe('corrected by hand');
      expect(restanced.corrections?.map((m) => m.kind)).toEqual(['merge', 'stance']);
      // Each claim a correction changed carries its marks; an untouched one carries none.
      expect(holding(story, '7fe479a8', 's1').corrections?.map((m) => m.kind)).toEqual(expect.arrayContaining(['merge', 'stance']));
      expect(splitOff.corrections?.map((m) => m.kind)).toEqual(['split']);
      expect(holding(story, 'cb2c709a', forestryTrack).corrections).toBeUndefined();
    }

    it('merges, splits, moves and re-stances; each survives reanalyze and a full re-derivation; undone, the automatic reading is back', async () => {
      // The automatic reading the corrections change.
      expect(holding(automatic, '7fe479a8', 's1').id).not.toBe(holding(automatic, 'b747cc9c', 's2').id);
      expect(holding(automatic, 'cb2c709a', confirmedWounded).id).toBe(holding(automatic, 'ee214534', 's5').id);
      expect(holding(automatic, '49c8dfa6', 's7').id).not.toBe(holding(automatic, 'ee214534', 's5').id);
      expect(statementOf(automatic, 'b747cc9c', 's1').stance).toBe('asserts');

      const main = holding(automatic, 'b747cc9c', 's2').id;
      const dead = holding(automatic, '7fe479a8', 's1').id;
      const wounded = holding(automatic, 'ee214534', 's5').id;
      const made = [
        await correct(app, { kind: 'merge', claims: [main, dead] }, "'is dead' is the same death as 'killed in the strike'"),
        await correct(app, {
          kind: 'split', claim: wounded,
          statements: [{ article: '88d67575', statement: 's18' }, { article: article('cb2c709a'), statement: confirmedWounded }],
        }, 'the later accounts are a separate wounding'),
        await correct(app, { kind: 'move', statement: { article: '49c8dfa6', statement: 's7' }, to: wounded }, 'treated for the same wounds'),
        await correct(app, { kind: 'stance', statement: { article: 'b747cc9c', statement: 's1' }, stance: 'denies' }, 'read the whole paragraph'),
      ];
      expect(made.map((c) => c.target.kind)).toEqual(['merge', 'split', 'move', 'stance']);
      expect(made.every((c) => c.by === 'Ana Reyes' && c.undone_at === null && /^\d{4}-\d{2}-\d{2}T/.test(c.at))).toBe(true);
      expectCorrected(await readStoryRecord(db));

      // The exports read as corrected and carry the log.
      const csv = await exportStory(db, 'csv');
      expect(csv.map((f) => f.name)).toContain('corrections.csv');
      expect(csv.find((f) => f.name === 'corrections.csv')!.text.trim().split('\n')).toHaveLength(5);
      const reviews = JSON.parse((await exportStory(db, 'claimreview'))[0].text) as unknown[];
      expect(reviews).toHaveLength((await readStoryRecord(db)).claims.length);
      expect((await exportStory(db, 'report'))[0].text).toContain(`corrected by hand (<a href="#correction-${made[0].id}">`);

      // The board marks the corrected claims, and only those.
      const board = await getJson(app, '/api/story', storyBoard);
      const merged = holding(await readStoryRecord(db), '7fe479a8', 's1').id;
      expect(board.claims.find((c) => c.id === merged)?.corrections.map((m) => m.id)).toEqual(expect.arrayContaining([made[0].id, made[3].id]));
      expect(board.claims.filter((c) => c.corrections.length).length).toBeLessThan(10);

      // The claim page shows the marks too.
      const page = await getJson(app, `/api/claims/${encodeURIComponent(holding(await readStoryRecord(db), '7fe479a8', 's1').id)}`, claimView);
      expect(page.claim.corrections?.map((m) => m.id)).toEqual(expect.arrayContaining([made[0].id]));

      const reanalyzed = await reanalyzeArticles(db, { all: true });
      expect(reanalyzed.redone).toHaveLength(14);
      expectCorrected(await readStoryRecord(db));

      // A full re-derivation: every article read again, every subject derived again.
      await db.query('UPDATE articles SET story_reader = NULL');
      const rederived = await relateStory(db);
      expect(rederived.reread).toBe(14);
      expectCorrected(await readStoryRecord(db));

      const log = await getJson(app, '/api/corrections', correctionList);
      expect(log.items.map((c) => c.id)).toEqual(made.map((c) => c.id));
      expect(log.items.map((c) => c.note)).toContain('read the whole paragraph');

      for (const correction of [...made].reverse()) {
        const response = await post(app, `/api/corrections/${correction.id}/undo`, { by: 'Ben Okafor' });
        expect(response.status, await response.clone().text()).toBe(200);
        expect(correctionOutcome.parse(await response.json()).correction).toMatchObject({ id: correction.id, undone_by: 'Ben Okafor' });
      }
      expect(await readStoryRecord(db)).toEqual(automatic);
      const after = await getJson(app, '/api/corrections', correctionList);
      expect(after.items).toHaveLength(4);
      expect(after.items.every((c) => c.undone_by === 'Ben Okafor' && c.undone_at !== null)).toBe(true);
      await expectError(post(app, `/api/corrections/${made[0].id}/undo`, { by: 'Ben Okafor' }), 409);
    });

    it('sets a speaker, an outlet and a date, keeps two speakers as one source, excludes an article; undone, all comes back', async () => {
      const dispatch = article('88d67575');
      const before = await db.query<{ outlet: string; published: string }>('SELECT outlet, published::text AS published FROM articles WHERE id = $1', [dispatch]);
      const made = [
        await correct(app, { kind: 'outlet', article: '88d67575', outlet: 'Reuters' }, 'a Reuters wire'),
        await correct(app, { kind: 'date', article: '88d67575', date: '2025-03-30' }, 'the dateline'),
        await correct(app, { kind: 'speaker', statement: { article: '49c8dfa6', statement: 's7' }, speaker: 'Ivo Brandt' }, 'Brandt said it'),
        // Lukan Mereth, named in one statement only by his office ("Kasteria's deputy defence minister"): two sources of one assertion.
        await correct(app, { kind: 'same-source', speakers: ["Kasteria's deputy defence minister", 'Lukan Mereth'], same: true }, 'the same man'),
        await correct(app, { kind: 'exclude', article: '7fe479a8' }, 'an opinion piece'),
      ];
      const reanalyzed = await reanalyzeArticles(db, { all: true });
      expect(reanalyzed.couldNotRedo).toEqual([]);
      const story = await readStoryRecord(db);
      const [row] = await db.query<{ outlet: string; outlet_how: string; published: string; published_how: string }>(
        'SELECT outlet, outlet_how, published::text AS published, published_how FROM articles WHERE id = $1', [dispatch]);
      expect(row).toEqual({ outlet: 'Reuters', outlet_how: 'corrected', published: '2025-03-30', published_how: 'corrected' });
      const carried = story.claims.flatMap((c) => c.statements).filter((s) => s.article === dispatch);
      expect(carried.length).toBeGreaterThan(0);
      expect(carried.every((s) => s.outlet === 'Reuters' && s.published_on === '2025-03-30' && s.chain[0] === 'Reuters')).toBe(true);
      const treated = statementOf(story, '49c8dfa6', 's7');
      expect(treated.speaker).toBe('Ivo Brandt');
      expect(treated.chain.at(-1)).toBe('Ivo Brandt');
      // Mereth's assertions on the killed claim (222e3f65:s4 by his office, s6 by his name) were two sources; one now.
      const sourcesOf = (of: StoryRecord) => of.sources.filter((s) => s.claim === holding(of, '222e3f65', 's6').id && (s.name === 'Lukan Mereth' || s.name === "Kasteria's deputy defence minister"));
      expect(sourcesOf(automatic)).toHaveLength(2);
      expect(sourcesOf(story)).toHaveLength(1);
      expect(sourcesOf(story)[0].corrections?.map((m) => m.kind)).toEqual(['same-source']);
      expect(sourcesOf(story)[0].statements.map((x) => `${x.article.slice(0, 8)}:${x.statement}`)).toEqual(expect.arrayContaining(['222e3f65:s4', '222e3f65:s6']));
      expect(story.claims.some((c) => c.statements.some((s) => s.article.startsWith('7fe479a8')))).toBe(false);

      const record = await (await app.request(`/api/articles/${dispatch}`)).json() as { outlet: { name: string; how: string }; corrections: { id: number }[] };
      expect(record.outlet).toEqual({ name: 'Reuters', how: 'corrected' });
      expect(record.corrections.map((m) => m.id)).toEqual([made[0].id, made[1].id]);
      // The article list marks what it shows: the outlet and date set by hand, the exclusion; other rows carry nothing.
      const list = await (await app.request('/api/articles?limit=100')).json() as { items: { id: string; corrections?: { kind: string }[] }[] };
      const marked = Object.fromEntries(list.items.filter((item) => item.corrections).map((item) => [item.id.slice(0, 8), item.corrections!.map((m) => m.kind)]));
      expect(marked).toEqual({ '88d67575': ['outlet', 'date'], '7fe479a8': ['exclude'] });

      for (const correction of made) expect((await post(app, `/api/corrections/${correction.id}/undo`, { by: 'Ana Reyes' })).status).toBe(200);
      expect(await db.query('SELECT outlet, published::text AS published FROM articles WHERE id = $1', [dispatch])).toEqual(before);
      expect(await readStoryRecord(db)).toEqual(automatic);
    });

    it('refuses bad input with 400 and unknown targets with 404, naming them', async () => {
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'stance', statement: { article: 'b747cc9c', statement: 's1' }, stance: 'maybe' }, by: 'A' }), 400)).toContain('change.stance');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'date', article: 'b747cc9c', date: '2025-02-30' }, by: 'A' }), 400)).toContain('not a day');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'exclude', article: 'b747cc9c' } }), 400)).toContain('by');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'shrug' }, by: 'A' }), 400)).toContain('change.kind');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'merge', claims: ['no.such.1', 'dren.killed.1'] }, by: 'A' }), 404)).toContain('no.such.1');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'stance', statement: { article: 'b747cc9c', statement: 's999' }, stance: 'denies' }, by: 'A' }), 404)).toContain('s999');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'outlet', article: 'ffffffff', outlet: 'X' }, by: 'A' }), 404)).toContain('ffffffff');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'same-source', speakers: ['Nobody Atall', 'Lukan Mereth'], same: true }, by: 'A' }), 404)).toContain('Nobody Atall');
      expect(await expectError(post(app, '/api/corrections', { change: { kind: 'merge', claims: ['dren.killed.1', 'dren.killed.1'] }, by: 'A' }), 400)).toContain('itself');
      await expectError(post(app, '/api/corrections/999/undo', { by: 'A' }), 404);
      await expectError(post(app, '/api/corrections/abc/undo', { by: 'A' }), 400);
      expect(await readStoryRecord(db)).toEqual(automatic);
    });

    it('asks for the token on writes when the server has one', async () => {
      const guarded = createApp({ db, token: 'secret' });
      await expectError(post(guarded, '/api/corrections', { change: { kind: 'exclude', article: 'b747cc9c' }, by: 'A' }), 401);
      await expectError(guarded.request('/api/corrections', {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer secret', origin: 'https://elsewhere.example', host: 'localhost' },
        body: JSON.stringify({ change: { kind: 'exclude', article: 'b747cc9c' }, by: 'A' }),
      }), 403);
      expect((await getJson(app, '/api/corrections', correctionList)).items.every((c) => c.undone_at !== null)).toBe(true);
    });
  });
}
