import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/analyze/analyzeArticle.js';
import type { Database } from '../../src/store/Database.js';
import { listStatements } from '../../src/store/listStatements.js';
import { saveArticle } from '../../src/store/saveArticle.js';
import { articleFixture, articleInputFixture } from '../support/articleFixture.js';
import { testStores } from '../support/testStores.js';

const madeBy = { analyzerVersion: '1', storyReaderVersion: '5' };

// One statement per speaker; the names hold what a filter could mistake for syntax ('%', '_', a quote, a backslash).
const speakers = [
  { text: 'Ilko Marant', canonical: 'Ilko Marant' },
  { text: 'the colonel', canonical: 'Colonel Ilse Varga' },
  { text: 'al-Baghdadi', canonical: 'Abu Bakr al-Baghdadi' },
  { text: "Dan O'Brien", canonical: "Dan O'Brien" },
  { text: 'Radio_100%', canonical: 'Radio_100% Free' },
  { text: 'back\\slash', canonical: 'Back\\slash Collective' },
];

/** The fixture article with one statement by each speaker above and one by an unnamed source. */
function articleWithSpeakers(): AnalyzedArticle {
  const lines = [...speakers.map((speaker) => `"It was so," ${speaker.text} said.`), '"It was so," a witness said.'];
  const article = articleFixture(`Many voices\n\n${lines.join('\n')}`);
  const [template] = article.document.statements;
  article.document.statements = lines.map((line, index) => {
    const at = article.document.text.indexOf(line);
    const speaker = index < speakers.length ? speakers[index] : null;
    return {
      ...template,
      id: `s${index + 1}`,
      speaker: speaker ? { ...speaker, start: at + 13, end: at + 13 + speaker.text.length } : null,
      content: { text: 'It was so,', start: at + 1, end: at + 11 },
    };
  });
  return article;
}

for (const store of testStores()) {
  describe(`listStatements' speaker filter (${store.name})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await store.open();
      const article = articleWithSpeakers();
      await saveArticle(db, article, [], madeBy, articleInputFixture(article));
    });
    afterAll(async () => {
      await db.close();
      await store.dispose();
    });

    const speakersOf = async (speaker: string) => {
      const { total, items } = await listStatements(db, { speaker, limit: 50, offset: 0 });
      expect(items).toHaveLength(total);
      return items.map((item) => item.speaker);
    };

    it.each([
      ['marant', ['Ilko Marant']],
      ['MARANT', ['Ilko Marant']],
      ['Mar', ['Ilko Marant']],
      ['ilko mar', ['Ilko Marant']],
      ['  Ilko   MARANT ', ['Ilko Marant']],
      ['varga', ['Colonel Ilse Varga']],
      ['colonel varga', ['Colonel Ilse Varga']],
      ['baghdadi', ['Abu Bakr al-Baghdadi']],
      ['al-bagh', ['Abu Bakr al-Baghdadi']],
      ["o'brien", ["Dan O'Brien"]],
      ['brien', ["Dan O'Brien"]],
      ['radio_100%', ['Radio_100% Free']],
      ['back\\sl', ['Back\\slash Collective']],
      ['i', ['Ilko Marant', 'Colonel Ilse Varga']],
    ])('%j finds the speakers whose words start so, in any case', async (speaker, expected) => {
      expect(await speakersOf(speaker)).toEqual(expected);
    });

    // Word starts only: the index matches a word by its beginning, not inside it.
    it.each(['rant', 'arga', 'marant ilko x', 'witness', 'nobody'])('%j finds no one', async (speaker) => {
      expect(await speakersOf(speaker)).toEqual([]);
    });

    it.each(['%', '_', '%%', "'", '"', '\\', "' OR ''='", '&!|():*', '   '])('%j is literal text without a word, and finds no one', async (speaker) => {
      expect(await speakersOf(speaker)).toEqual([]);
    });

    it('without a speaker (or an empty one), lists every statement, the unnamed source too', async () => {
      expect(await speakersOf('')).toHaveLength(speakers.length + 1);
      const { total } = await listStatements(db, { limit: 50, offset: 0 });
      expect(total).toBe(speakers.length + 1);
    });

    it('counts every match on any page, past the last one too', async () => {
      const pages = await Promise.all([0, 1, 2, 5].map((offset) => listStatements(db, { speaker: 'i', limit: 1, offset })));
      expect(pages.map(({ total, items }) => [total, items.map((item) => item.speaker)])).toEqual([
        [2, ['Ilko Marant']], [2, ['Colonel Ilse Varga']], [2, []], [2, []],
      ]);
      expect(await listStatements(db, { speaker: 'nobody', limit: 1, offset: 3 })).toEqual({ total: 0, items: [] });
      expect((await listStatements(db, { limit: 2, offset: 5 })).total).toBe(speakers.length + 1);
    });

    it("counts through the index of the speakers' words (migration 010), so its expression and the query's agree", async () => {
      const asked: { sql: string; params?: unknown[] }[] = [];
      await listStatements({ query: (sql, params) => (asked.push({ sql, params }), db.query(sql, params)) }, { speaker: 'varga', limit: 50, offset: 0 });
      const count = asked.find(({ sql }) => sql.includes('count(*)'))!;
      // With seven rows a sequential scan is cheaper, so the planner is told to avoid one.
      const plan = await db.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${count.sql}`, count.params);
      });
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('statements_speaker_words');
    });
  });
}
