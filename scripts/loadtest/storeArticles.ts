/**
 * Fills a store with N generated articles for the API latency measurement:
 * the sample corpus varied (body paragraphs rotated, numbers and a serial
 * line changed, so every content hash differs), each with an outlet and a
 * publication date spread over 2025 so the board, the timeline and paging
 * see a realistic spread. Written once into a folder and reused, because
 * 10,000 articles take minutes to analyse.
 *
 *   npx tsx scripts/loadtest/storeArticles.ts [N=10000] [--db DIR=/tmp/corroborate-loadtest/store]
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { relateStory } from '../../src/usecases/relateStory.js';

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10000);
const dbIndex = process.argv.indexOf('--db');
const dbDir = dbIndex > 0 ? process.argv[dbIndex + 1] : '/tmp/corroborate-loadtest/store';

const outlets = ['Meridian Press Agency', 'Korvath Today', 'Sorvo Daily Ledger', 'Northwind News', 'The Ridgeline Post', 'Civic Lens', 'Frontier Dispatch'];

interface Sample {
  kind: 'text' | 'html';
  body: string;
}

async function samples(folder: string): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile()) continue;
    if (entry.name.endsWith('.txt')) out.push({ kind: 'text', body: await readFile(file, 'utf8') });
    if (entry.name.endsWith('.html')) out.push({ kind: 'html', body: await readFile(file, 'utf8') });
    if (entry.name.endsWith('.jsonl')) {
      for (const line of (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim())) {
        const json = JSON.parse(line) as { text?: string; html?: string };
        out.push(json.html ? { kind: 'html', body: json.html } : { kind: 'text', body: json.text ?? '' });
      }
    }
  }
  return out;
}

function vary(text: string, serial: number): string {
  const [head, ...rest] = text.split(/\n\s*\n/);
  const shift = serial % Math.max(1, rest.length);
  const body = [...rest.slice(shift), ...rest.slice(0, shift)].join('\n\n');
  return `${head}\n\nDispatch ${serial}.\n\n${body.replace(/\b(\d{2,3})\b/g, (n) => String((Number(n) + serial) % 997))}`;
}

const pool = await samples('samples/corpus');
const folder = path.dirname(dbDir);
await mkdir(folder, { recursive: true });
const lines: string[] = [];
for (let serial = 0; serial < count; serial++) {
  const sample = pool[serial % pool.length];
  const day = new Date(Date.UTC(2025, 2, 1) + (serial % 240) * 86_400_000).toISOString().slice(0, 10);
  lines.push(
    JSON.stringify({
      [sample.kind]: vary(sample.body, serial),
      outlet: outlets[serial % outlets.length],
      published: day,
      url: `https://loadtest.example/${serial}`,
    }),
  );
}
const jsonl = path.join(folder, 'articles.jsonl');
await writeFile(jsonl, `${lines.join('\n')}\n`);

const db = await openStore(dbDir);
const summary = await analyzeSources(db, { paths: [jsonl] });
console.log(`stored ${summary.stored.length}, duplicates ${summary.duplicates.length}, failed ${summary.failed.length} in ${summary.seconds.toFixed(0)} s`);
const started = performance.now();
await relateStory(db);
console.log(`story derived in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const [row] = await db.query<{ articles: number; claims: number }>('SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM claims) AS claims');
console.log(`${row.articles} articles, ${row.claims} claims in ${dbDir}`);
await db.close();
