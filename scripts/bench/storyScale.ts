/**
 * Cost of the cross-article step (grouping, sources, relations, status
 * history) in the store, at 5,000 and 50,000 statements.
 *
 *   npx tsx scripts/bench/storyScale.ts [--sizes 5000,50000] [--db DIR|URL]
 *
 * Synthetic claim members (the per-article reading is measured by
 * analyzeSpeed.ts) are written straight into story_members of a fresh store,
 * five per article, in two shapes:
 * - 'many subjects': one subject per 20 statements (a month of mixed news);
 * - 'one story': 10 subjects, half of all statements about the first (a
 *   story like the seeds, where nearly everything is about one man).
 * For each it times relateStory from nothing (every subject derived), then
 * one new article on the largest subject (only that subject derived again).
 */
import { propositionOf } from '../../src/relate/propositions/propositionOf.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { storyReaderVersion } from '../../src/relate/readMembers.js';
import type { Database } from '../../src/store/Database.js';
import type { ClaimMember, Predicate, Stance } from '../../src/relate/types.js';

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizes = (argument('--sizes') ?? '5000,50000').split(',').map(Number);
const perArticle = 5;

const predicates: Predicate[] = ['killed', 'injured', 'alive', 'fled', 'hiding', 'present', 'absent', 'attended', 'survived-attack', 'captured'];
const stances: Stance[] = ['asserts', 'asserts', 'asserts', 'reports', 'doubts', 'denies'];
const sides = ['russia', 'united states', 'iraq', 'syria', 'islamic state', 'turkey', 'witnesses', 'analysts'];
const times = [null, null, null, '2017-05-28', '2017-05', '2017-06', '2018-02', '2019-01'];

function random(seed: number): (k: number) => number {
  let state = seed;
  return (k) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % k;
  };
}

function dayOf(i: number, n: number): string {
  const day = new Date(Date.UTC(2017, 0, 1) + Math.floor((i / n) * 900) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function member(i: number, n: number, subject: string, next: (k: number) => number): ClaimMember {
  const articleId = `a${Math.floor(i / perArticle)}`;
  const ref = { articleId, statementId: `s${i % perArticle}`, text: `statement ${i}`, start: 0, end: 10 };
  const side = sides[next(sides.length)];
  // Nobody reports an event before it happens (grouping keeps such a member apart, in a claim of its own).
  const time = times[next(times.length)];
  const told = dayOf(i, n);
  const speaker = `${side} official ${next(25)}`;
  return {
    ref, reportedOn: told, publishedOn: told,
    proposition: propositionOf({ subject, predicate: predicates[next(predicates.length)], trigger: ref, eventTime: time !== null && time <= told ? time : null }),
    attribution: { speaker, speakerKey: speaker, side, outlet: `outlet ${next(40)}`, chain: [`outlet ${next(40)}`, speaker] },
    stance: stances[next(stances.length)], stanceWords: [], hedged: false, stanceRule: 'synthetic', sourceId: '',
  };
}

function subjectOf(shape: string, i: number, n: number, next: (k: number) => number): string {
  if (shape === 'many subjects') return `subject${next(Math.max(1, n / 20))}`;
  return next(2) === 0 ? 'subject0' : `subject${1 + next(9)}`;
}

async function load(db: Database, shape: string, n: number, from = 0): Promise<void> {
  const next = random(42 + from);
  for (let start = from; start < from + n; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, from + n - start) }, (_, k) => {
      const i = start + k;
      const subject = from > 0 ? 'subject0' : subjectOf(shape, i, n, next);
      return { article: `a${Math.floor(i / perArticle)}`, ordinal: i % perArticle, subject, member: member(i, Math.max(n, from + n), subject, next) };
    });
    await db.query(
      `INSERT INTO articles (id, content_hash, source, format, encoding, title_how, outlet, outlet_how, published, published_how, published_confidence,
         text, paragraphs, sentences, removed, analyzer_version, story_reader)
       SELECT DISTINCT r.article, r.article, 'synthetic', 'text', 'utf-8', 'none', 'synthetic', 'none', (r.member->>'reportedOn')::date, 'supplied', 1,
         '', '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, 'synthetic', $2
       FROM jsonb_to_recordset($1::jsonb) AS r(article text, member jsonb) ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows), storyReaderVersion],
    );
    await db.query(
      `INSERT INTO story_members (article_id, ordinal, subject, member)
       SELECT r.article, r.ordinal, r.subject, r.member FROM jsonb_to_recordset($1::jsonb) AS r(article text, ordinal int, subject text, member jsonb)`,
      [JSON.stringify(rows)],
    );
    await db.query(
      `INSERT INTO story_subjects AS s (subject) SELECT DISTINCT r.subject FROM jsonb_to_recordset($1::jsonb) AS r(subject text) ORDER BY 1
       ON CONFLICT (subject) DO UPDATE SET version = s.version + 1`,
      [JSON.stringify(rows)],
    );
  }
}

const target = argument('--db');
for (const shape of (argument('--shapes') ?? 'many subjects,one story').split(',')) {
  for (const n of sizes) {
    const folder = target ? null : await mkdtemp(path.join(tmpdir(), 'corroborate-story-scale-'));
    const db = await openStore(target ?? folder!);
    try {
      await load(db, shape, n);
      const full = await relateStory(db);
      const [{ claims }] = await db.query<{ claims: number }>('SELECT count(*)::int AS claims FROM claims');
      await load(db, shape, perArticle, n);
      const one = await relateStory(db);
      const rss = process.memoryUsage().rss / 1024 / 1024;
      console.log(
        `${shape.padEnd(14)} ${n.toLocaleString('en').padStart(7)} statements -> ${claims} claims, ${full.derived} subjects: ` +
          `full refresh ${(full.ms / 1000).toFixed(2)} s (${((1000 * full.ms) / n).toFixed(0)} µs/statement); ` +
          `one more article: ${one.ms.toFixed(0)} ms (${one.derived} subject); rss ${rss.toFixed(0)} MB`,
      );
    } finally {
      await db.close();
      if (folder) await rm(folder, { recursive: true, force: true });
      if (target) console.warn('note: --db stores are not emptied between runs; use a fresh one');
    }
  }
}
