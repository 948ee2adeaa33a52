import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzerVersion } from '../../src/analyze/analyzerVersion.js';
import type { Queryable } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { relateStory } from '../../src/usecases/relateStory.js';

const cli = path.resolve('bin/corroborate.js');

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every stored row that an analysis writes, in a stable order; stored_at and subject versions (which count changes) left out. */
async function snapshot(db: Queryable) {
  return {
    articles: await db.query(
      `SELECT id, content_hash, source, format, encoding, url, title, title_how, outlet, outlet_how, published::text, published_earliest::text,
         published_latest::text, published_how, published_confidence, text, paragraphs, sentences, removed, analyzer_version, story_reader, search::text
       FROM articles ORDER BY id`,
    ),
    inputs: await db.query('SELECT * FROM article_inputs ORDER BY article_id'),
    entities: await db.query('SELECT * FROM entities ORDER BY article_id, ordinal'),
    times: await db.query('SELECT * FROM time_expressions ORDER BY article_id, ordinal'),
    statements: await db.query('SELECT article_id, id, ordinal, kind, speaker_text, speaker_canonical, speaker_start, speaker_end, cue_text, cue_start, cue_end, content_text, content_start, content_end, hedges, negated, negation, rule, search::text FROM statements ORDER BY article_id, ordinal'),
    members: await db.query('SELECT * FROM story_members ORDER BY article_id, ordinal'),
    subjects: await db.query('SELECT subject, statement_count, derived FROM story_subjects ORDER BY subject'),
    claims: await db.query('SELECT id, subject, predicate, text, status, statement_count, source_count, stances, first_reported::text, last_reported::text FROM claims ORDER BY id'),
  };
}

async function withOpen<T>(target: string, work: (db: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const db = await openStore(target);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

interface Target {
  name: string;
  target(): Promise<string>;
  dispose(): Promise<void>;
}

/** The CLI needs a store it can reopen in another process: a PGlite folder, and the server in DATABASE_URL in a fresh schema. */
function targets(): Target[] {
  const list: Target[] = [{ name: 'pglite', target: async () => path.join(await mkdtemp(path.join(tmpdir(), 'corroborate-reanalyze-')), 'db'), dispose: async () => undefined }];
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `corroborate_test_${randomBytes(4).toString('hex')}`;
    list.push({
      name: 'postgres',
      target: async () => `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`,
      async dispose() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    });
  } else {
    console.warn('DATABASE_URL is not set: the reanalyze test runs on PGlite only');
  }
  return list;
}

for (const store of targets()) {
  describe(`reanalyze on a store analysed by an older version (${store.name})`, () => {
    afterAll(() => store.dispose());

    it('brings every article up to date, stores nothing twice, loses nothing, and a second run does nothing', async () => {
      const db = await store.target();
      const analyzed = await runCli(['analyze', 'samples/corpus', '--manifest', 'samples/corpus/manifest.csv', '--db', db, '--quiet']);
      expect(analyzed.code, analyzed.stderr).toBe(0);
      const fresh = await withOpen(db, async (open) => {
        await relateStory(open);
        return snapshot(open);
      });
      expect(fresh.articles.length).toBeGreaterThanOrEqual(10);
      expect(fresh.inputs.length).toBe(fresh.articles.length);
      expect(fresh.claims.length).toBeGreaterThan(0);

      // An older analysis: every article marked as version 0, one article's annotations damaged.
      const damaged = String(fresh.articles[1].id);
      await withOpen(db, async (open) => {
        await open.query(`UPDATE articles SET analyzer_version = '0'`);
        await open.query('DELETE FROM statements WHERE article_id = $1', [damaged]);
        await open.query('DELETE FROM entities WHERE article_id = $1 AND ordinal > 0', [damaged]);
        await open.query(`UPDATE time_expressions SET value = 'XXXX' WHERE article_id = $1`, [damaged]);
        await open.query(`UPDATE articles SET title = 'damaged', text = 'damaged' WHERE id = $1`, [damaged]);
      });

      const story = await runCli(['story', '--db', db]);
      expect(story.code, story.stderr).toBe(0);
      const total = fresh.articles.length;
      expect(story.stderr).toContain(
        `${total} of ${total} articles were analysed by an older version of corroborate (0; now ${analyzerVersion}): run \`corroborate reanalyze\` to bring them up to date`,
      );

      const first = await runCli(['reanalyze', '--db', db]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain(`redone ${total}, unchanged 0, could not redo 0`);
      const after = await withOpen(db, snapshot);
      expect(after).toEqual(fresh);

      const again = await runCli(['reanalyze', '--db', db]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(`redone 0, unchanged ${total}`);
      expect(await withOpen(db, snapshot)).toEqual(fresh);
      const quiet = await runCli(['articles', '--db', db]);
      expect(quiet.stderr).not.toContain('older version');

      // An article stored before inputs were kept cannot be redone: it is named with the reason, and left as it was.
      const noInput = String(fresh.articles[0].id);
      await withOpen(db, (open) => open.query(`DELETE FROM article_inputs WHERE article_id = $1`, [noInput]).then(() =>
        open.query(`UPDATE articles SET analyzer_version = '0' WHERE id = $1`, [noInput])));
      // Without --all (which `corroborate correct`'s test runs): only that article is due, so the rest are not redone a third time.
      const partial = await runCli(['reanalyze', '--db', db]);
      expect(partial.code).toBe(1);
      expect(partial.stdout).toContain(`redone 0, unchanged ${total - 1} (already analysed by version ${analyzerVersion}), could not redo 1`);
      expect(partial.stdout).toContain(`could not redo ${noInput}`);
      expect(partial.stdout).toContain('its original input was not kept');
      const left = await withOpen(db, snapshot);
      expect(left.articles.find((row) => row.id === noInput)?.analyzer_version).toBe('0');
      expect(left.statements).toEqual(fresh.statements);
      expect(left.claims).toEqual(fresh.claims);
    }, 600_000);
  });
}
