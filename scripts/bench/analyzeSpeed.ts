/**
 * Speed of `analyze` into a fresh embedded store: generates N articles by
 * varying the sample corpus (paragraphs shuffled, numbers and a serial line
 * changed, so every content hash differs), runs the real use case, and
 * prints articles per second, where the time goes, the peak memory, the CPU
 * time (the main thread's apart: it writes the store) and the store's size.
 *
 *   npx tsx scripts/bench/analyzeSpeed.ts [N=2000] [--db DIR] [--threads N]
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { generateArticles } from './generateArticles.js';

const count = Number(process.argv.find((arg, i) => /^\d+$/.test(arg) && process.argv[i - 1] !== '--threads') ?? 2000);
const dbIndex = process.argv.indexOf('--db');
const threadsIndex = process.argv.indexOf('--threads');
const threads = threadsIndex > 0 ? Number(process.argv[threadsIndex + 1]) : undefined;

/** CPU seconds of this process's main thread alone (Linux: its task's utime + stime), where the store is written. */
function mainThreadCpuSeconds(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** VmHWM of /proc/self/status: the most resident memory this process has had, in bytes. */
function peakResident(): number {
  const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kB ? Number(kB) * 1024 : Number.NaN;
}

async function sizeOnDisk(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-'));
await generateArticles(folder, count, writeFile);
const dbDir = dbIndex > 0 ? process.argv[dbIndex + 1] : path.join(folder, 'store');
const db = await openStore(dbDir);
const cpuStarted = process.cpuUsage();
const mainStarted = mainThreadCpuSeconds();
// The peak resident memory so far (VmHWM; a sampling timer would miss the peaks inside one long
// synchronous PGlite call) when the last article is stored, and after relating and closing.
const memory = { analysing: 0, relating: 0, closing: 0, atTenths: [] as number[] };
let tenth = 0;
const summary = await analyzeSources(db, {
  paths: [folder],
  threads,
  onProgress: ({ doneBytes, totalBytes }) => {
    if (totalBytes && doneBytes >= ((tenth + 1) / 10) * totalBytes) {
      tenth += 1;
      memory.atTenths.push(peakResident());
    }
    if (totalBytes && doneBytes >= totalBytes) memory.analysing = peakResident();
  },
});
memory.relating = peakResident();
const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
const cpu = process.cpuUsage(cpuStarted);
const mainCpu = mainThreadCpuSeconds() - mainStarted;
await db.close();
memory.closing = peakResident();
const storeBytes = await sizeOnDisk(dbDir);
await rm(folder, { recursive: true, force: true });

const perArticle = (ms: number) => (ms / Math.max(1, summary.stored.length)).toFixed(2);
console.log(`articles: ${count} generated, ${summary.stored.length} stored, ${summary.failed.length} failed, ${rows[0].n} in the store`);
console.log(`time: ${summary.seconds.toFixed(1)} s, ${(summary.stored.length / summary.seconds).toFixed(1)} articles/s`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; store on disk: ${(storeBytes / 1e6).toFixed(0)} MB`);
const inMb = (bytes: number) => (bytes / 1e6).toFixed(0);
console.log(
  `peak resident memory so far: ${memory.atTenths.map(inMb).join(' ')} MB at each tenth of the articles stored; ` +
    `${inMb(memory.analysing)} MB when all were stored, ${inMb(memory.relating)} MB after relating, ${inMb(memory.closing)} MB after closing the store`,
);
const perArticleCpu = (seconds: number) => ((1000 * seconds) / Math.max(1, summary.stored.length)).toFixed(2);
console.log(
  `CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s in all (${perArticleCpu((cpu.user + cpu.system) / 1e6)} ms per article), ` +
    `main thread ${mainCpu.toFixed(1)} s (${perArticleCpu(mainCpu)} ms per article); load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`,
);
console.log('where the time goes (ms per article):');
const total = Object.values(summary.timings).reduce((a, b) => a + b, 0);
for (const [step, ms] of Object.entries(summary.timings).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${step.padEnd(24)} ${perArticle(ms).padStart(8)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}
