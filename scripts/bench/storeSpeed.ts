/**
 * Speed of the store step alone: analyses N generated articles once (in this
 * thread, not timed), then stores them into a fresh embedded store and says
 * how the store step's time splits between passing the article between
 * threads (a structured clone), reading the members, building the JSON
 * payload and the SQL inside PGlite. For trying store changes
 * without the noise of the analysis.
 *
 *   npx tsx scripts/bench/storeSpeed.ts [N=300] [--db DIR]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeArticle, type AnalyzedArticle } from '../../src/analyze/analyzeArticle.js';
import { analyzerVersion } from '../../src/analyze/analyzerVersion.js';
import { listInputFiles } from '../../src/ingest/listInputFiles.js';
import { defaultMaxArticleBytes, readInputFiles } from '../../src/ingest/readSources.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readCorrectedMembers } from '../../src/relate/corrections/applyCorrections.js';
import { storyReaderVersion } from '../../src/relate/readMembers.js';
import { openStore } from '../../src/store/openStore.js';
import { articlePayload, saveArticlePayload, type ArticlePayload } from '../../src/store/saveArticle.js';
import type { MemberRow } from '../../src/model/story.js';
import { toMemberRows } from '../../src/usecases/relateStory.js';
import { generateArticles } from './generateArticles.js';

const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 300);
const dbIndex = process.argv.indexOf('--db');

const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-store-bench-'));
await generateArticles(folder, count, writeFile);
const analyzed: { raw: RawArticle; article: AnalyzedArticle }[] = [];
for await (const item of readInputFiles(await listInputFiles([folder]), { maxArticleBytes: defaultMaxArticleBytes })) {
  if ('article' in item) analyzed.push({ raw: item.article as RawArticle, article: analyzeArticle(item.article) });
}
const db = await openStore(dbIndex > 0 ? process.argv[dbIndex + 1] : path.join(folder, 'store'));
if (process.env.BENCH_SQL) await db.exec(process.env.BENCH_SQL);
// Each step over all articles in turn, timed by CPU time (the machine may be shared) as well as by the clock.
const steps: Record<string, { ms: number; cpuMs: number }> = {};
async function step(name: string, work: (entry: (typeof analyzed)[number]) => unknown): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const entry of analyzed) await work(entry);
  const used = process.cpuUsage(cpu);
  steps[name] = { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}
const started = performance.now();
const cpuStarted = process.cpuUsage();
await step('structured clone', ({ article }) => structuredClone(article));
const members = new Map<string, MemberRow[]>();
await step('read members', ({ article }) => members.set(article.id, toMemberRows(readCorrectedMembers(toArticleRecord(article), []))));
const payloads = new Map<string, ArticlePayload>();
await step('build the payload', ({ raw, article }) =>
  payloads.set(article.id, articlePayload(article, members.get(article.id)!, { analyzerVersion, storyReaderVersion }, raw)));
await step('the SQL', ({ article }) => saveArticlePayload(db, payloads.get(article.id)!));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
await db.close();
await rm(folder, { recursive: true, force: true });
const per = (total: number) => (total / analyzed.length).toFixed(2);
console.log(`max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`stored ${analyzed.length} in ${seconds.toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; load average ${loadavg()[0].toFixed(2)}`);
for (const [name, { ms, cpuMs }] of Object.entries(steps)) console.log(`  ${name.padEnd(20)} ${per(ms).padStart(7)} ms per article, CPU ${per(cpuMs).padStart(7)} ms`);
