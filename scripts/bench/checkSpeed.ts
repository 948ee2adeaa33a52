/**
 * How fast `corroborate check` answers (issue 13): 1,000 stated claims
 * against 1,000 stored articles in one run, and single checks (as the web
 * app's box sends them) against a store of 10,000 articles, on the synthetic
 * corpus of the scale benchmark (scripts/bench/syntheticCorpus.ts), where
 * every article is about one story, so nearly every claim meets hundreds of
 * candidate articles: the hard case.
 *
 *   npx tsx scripts/bench/checkSpeed.ts [--articles 1000] [--claims 1000] [--threads N] [--single-store 10000]
 *
 * --threads is what `corroborate check --threads` takes (default: one per core); --single-store 0 skips the single checks.
 *
 * The claims: half are the corpus's own propositions varied (another place,
 * a denial, a hedge), half about things the corpus never mentions, as a
 * fact-checker's list holds both. Store building is timed apart and not
 * counted. Prints a table and one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import type { Database } from '../../src/store/Database.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { checkClaims, type StatedClaim } from '../../src/usecases/checkClaims.js';
import { places, propositions, speakers, writeSyntheticCorpus } from './syntheticCorpus.js';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const articleCount = option('--articles', 1000);
const claimCount = option('--claims', 1000);
const singleStoreSize = option('--single-store', 10_000);
const threads = option('--threads', availableParallelism());

/** Things the synthetic story never mentions, so the index and the judge must find nothing. */
const elsewhere = [
  'the central bank raised interest rates by half a point', 'the new smartphone battery lasts two days', 'the museum returned the stolen painting',
  'the football club sacked its manager after five defeats', 'a comet will be visible from the northern hemisphere', 'the singer cancelled her world tour',
  'the airline grounded its fleet after a software fault', 'scientists found water ice near the lunar south pole', 'the mayor resigned over a housing scandal',
  'the vaccine trial was halted over side effects',
];

function statedClaims(count: number): StatedClaim[] {
  const claims: StatedClaim[] = [];
  for (let i = 0; claims.length < count; i++) {
    if (i % 2 === 0) {
      const proposition = propositions[i % propositions.length];
      const variant = Math.floor(i / 2) % 4;
      const place = places[Math.floor(i / 8) % places.length];
      const text = [proposition, `${speakers[i % speakers.length]} says ${proposition}`, `It is not true that ${proposition}`, `${proposition} near ${place}`][variant];
      claims.push({ claim: `${text[0].toUpperCase()}${text.slice(1)} (${i})` });
    } else {
      const text = elsewhere[i % elsewhere.length];
      claims.push({ claim: `${text[0].toUpperCase()}${text.slice(1)} in ${2000 + (i % 25)}` });
    }
  }
  return claims;
}

async function buildStore(size: number, dir: string): Promise<{ db: Database; seconds: number }> {
  const corpus = path.join(dir, `corpus-${size}`);
  await writeSyntheticCorpus(corpus, size);
  const db = await openStore(path.join(dir, `store-${size}`));
  const started = performance.now();
  const summary = await analyzeSources(db, { paths: [corpus] });
  if (summary.stored.length !== size) throw new Error(`stored ${summary.stored.length} of ${size} synthetic articles`);
  return { db, seconds: (performance.now() - started) / 1000 };
}

const dir = await mkdtemp(path.join(tmpdir(), 'corroborate-check-bench-'));
try {
  const small = await buildStore(articleCount, dir);
  const claims = statedClaims(claimCount);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await checkClaims(small.db, claims, { threads });
  const batchSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const bearing = report.checks.filter((check) => check.articles.length > 0).length;
  const pairs = report.checks.reduce((sum, check) => sum + check.articles.length, 0);
  await small.db.close();

  const singles: number[] = [];
  let largeSeconds = 0;
  if (singleStoreSize > 0) {
    const large = await buildStore(singleStoreSize, dir);
    largeSeconds = large.seconds;
    for (const claim of statedClaims(10)) {
      const one = performance.now();
      await checkClaims(large.db, [claim]);
      singles.push(performance.now() - one);
    }
    await large.db.close();
  }
  singles.sort((a, b) => a - b);
  const figures = {
    cores: cpus().length, load: loadavg().map((l) => Number(l.toFixed(1))),
    batch: { articles: articleCount, claims: claimCount, threads, seconds: Number(batchSeconds.toFixed(1)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)), claimsBearing: bearing, bearingPairs: pairs, storeSeconds: Number(small.seconds.toFixed(1)) },
    single: { articles: singleStoreSize, medianMs: singles.length ? Math.round(singles[Math.floor(singles.length / 2)]) : null, maxMs: singles.length ? Math.round(singles.at(-1)!) : null, storeSeconds: Number(largeSeconds.toFixed(1)) },
  };
  console.log(`check ${claimCount} claims against ${articleCount} articles on ${threads} thread(s): ${figures.batch.seconds} s (${figures.batch.cpuSeconds} s CPU); ${bearing} claims with articles, ${pairs} article judgements kept`);
  if (singles.length) console.log(`one check against ${singleStoreSize} articles: median ${figures.single.medianMs} ms, slowest ${figures.single.maxMs} ms of 10`);
  console.log(JSON.stringify(figures));
} finally {
  await rm(dir, { recursive: true, force: true });
}
