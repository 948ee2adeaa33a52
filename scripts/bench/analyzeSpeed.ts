/**
 * Speed of `analyze` into a fresh embedded store: generates N articles by
 * varying the sample corpus (paragraphs shuffled, numbers and a serial line
 * changed, so every content hash differs), runs the real use case, and
 * prints articles per second and where the time goes.
 *
 *   npx tsx scripts/bench/analyzeSpeed.ts [N=2000] [--db DIR] [--threads N]
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';

const count = Number(process.argv.find((arg, i) => /^\d+$/.test(arg) && process.argv[i - 1] !== '--threads') ?? 2000);
const dbIndex = process.argv.indexOf('--db');
const threadsIndex = process.argv.indexOf('--threads');
const threads = threadsIndex > 0 ? Number(process.argv[threadsIndex + 1]) : undefined;

async function sampleTexts(folder: string): Promise<{ ext: string; text: string }[]> {
  const out: { ext: string; text: string }[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    const ext = path.extname(entry.name);
    if (entry.isFile() && (ext === '.txt' || ext === '.html')) {
      out.push({ ext, text: await readFile(path.join(entry.parentPath, entry.name), 'utf8') });
    }
  }
  return out;
}

function vary(text: string, serial: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const [head, ...rest] = paragraphs;
  // A fixed-seed rotation keeps runs comparable while making each article distinct.
  const shift = serial % Math.max(1, rest.length);
  const body = [...rest.slice(shift), ...rest.slice(0, shift)].join('\n\n');
  return `${head}\n\nDispatch ${serial}.\n\n${body.replace(/\b(\d{2,3})\b/g, (n) => String((Number(n) + serial) % 997))}`;
}

const samples = await sampleTexts('samples/corpus');
if (!samples.length) throw new Error('no sample articles found under samples/corpus');
const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-'));
for (let serial = 0; serial < count; serial++) {
  const sample = samples[serial % samples.length];
  await writeFile(path.join(folder, `${String(serial).padStart(6, '0')}${sample.ext}`), vary(sample.text, serial));
}
const dbDir = dbIndex > 0 ? process.argv[dbIndex + 1] : path.join(folder, 'store');
const db = await openStore(dbDir);
const summary = await analyzeSources(db, { paths: [folder], threads });
const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
await db.close();
await rm(folder, { recursive: true, force: true });

const perArticle = (ms: number) => (ms / Math.max(1, summary.stored.length)).toFixed(2);
console.log(`articles: ${count} generated, ${summary.stored.length} stored, ${summary.failed.length} failed, ${rows[0].n} in the store`);
console.log(`time: ${summary.seconds.toFixed(1)} s, ${(summary.stored.length / summary.seconds).toFixed(1)} articles/s`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log('where the time goes (ms per article):');
const total = Object.values(summary.timings).reduce((a, b) => a + b, 0);
for (const [step, ms] of Object.entries(summary.timings).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${step.padEnd(24)} ${perArticle(ms).padStart(8)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}
