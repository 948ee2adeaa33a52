/**
 * Grouping Emergent headlines into claims, through the CLI.
 *
 *   npx tsx scripts/eval/emergent.ts [emergent-train.csv] [--out FILE]
 *
 * Each row becomes a headline-only article (JSONL: title and text = the
 * headline, outlet = source, url made unique by row) and all go through one
 * `analyze --db memory://` run. A headline belongs to the claim holding most
 * of its statements (no statement in a claim: alone). B-cubed against the
 * gold claimId, on the whole set and on two halves split by a hash of the
 * claimId: 'tune' (where the baseline's threshold is chosen) and 'test'.
 * Baseline: tf-idf cosine of headline words, single-link at that threshold.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { bcubed, formatBCubed, type BCubed, type ClusteredItem } from './bcubed.js';
import { optionValue, positionalArgs, runAnalyze, type ClaimSpan } from './ecbplusRunAnalyze.js';
import { similarPairs, singleLink, tfidfVectors } from './emergentTfidf.js';

interface EmergentRow {
  claimId: string;
  articleHeadline: string;
  source: string;
  url: string;
}

type Half = 'tune' | 'test';

/** The half a claim falls in: the first byte of sha1(claimId), even -> tune. Stable across runs and machines. */
export const halfOf = (claimId: string): Half => (createHash('sha1').update(claimId).digest()[0] % 2 === 0 ? 'tune' : 'test');

/** Row i's url, unique even when two rows share one: "http://x/a#row-17". */
const rowUrl = (row: EmergentRow, i: number) => `${row.url || 'https://emergent.example/'}#row-${i}`;

/** The claim holding most of an article's statements (ties: the claim named first), or null. */
export function claimOfArticle(spans: readonly ClaimSpan[]): string | null {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.claim, (counts.get(s.claim) ?? 0) + 1);
  let best: string | null = null;
  for (const [claim, n] of counts) if (best === null || n > counts.get(best)!) best = claim;
  return best;
}

const scoreHalves = (items: readonly (ClusteredItem & { half: Half })[]): Record<'all' | Half, BCubed> => ({
  all: bcubed(items),
  tune: bcubed(items.filter((i) => i.half === 'tune')),
  test: bcubed(items.filter((i) => i.half === 'test')),
});

function main(argv: string[]): void {
  const shared = process.env.CORROBORATE_SHARED ?? '../shared';
  const csv = positionalArgs(argv, ['--out'])[0] ?? join(shared, 'data', 'emergent', 'emergent-train.csv');
  const out = optionValue(argv, '--out');
  const rows = parse(readFileSync(csv, 'utf8'), { columns: true, skip_empty_lines: true }) as EmergentRow[];
  const folder = mkdtempSync(join(os.tmpdir(), 'corroborate-emergent-'));
  const input = join(folder, 'headlines.jsonl');
  const lines = rows.map((row, i) => JSON.stringify({ title: row.articleHeadline, text: row.articleHeadline, outlet: row.source || 'unknown', url: rowUrl(row, i) }));
  writeFileSync(input, `${lines.join('\n')}\n`);
  const run = runAnalyze([input], join(folder, 'story.json'));
  console.error(`analyze: ${rows.length} headlines: ${run.summary} in ${run.seconds.toFixed(1)} s`);

  // The JSONL and story files are only the CLI's input and output: gone once read.
  rmSync(folder, { recursive: true, force: true });
  const articleByUrl = new Map(run.articles.map((a) => [a.url, a.id]));
  // A headline already stored under another row's url is the same article to the store ("skipped, already stored"): it takes that article.
  const articleByText = new Map(run.articles.map((a) => [a.text.trim(), a.id]));
  const articleOf = (row: EmergentRow, i: number) => articleByUrl.get(rowUrl(row, i)) ?? articleByText.get(row.articleHeadline.trim());
  const spansByArticle = new Map<string, ClaimSpan[]>();
  for (const s of run.spans) spansByArticle.set(s.article, [...(spansByArticle.get(s.article) ?? []), s]);
  const predicted = rows.map((row, i) => {
    const article = articleOf(row, i);
    return (article && claimOfArticle(spansByArticle.get(article) ?? [])) ?? `alone:${i}`;
  });
  const inClaim = predicted.filter((p) => !p.startsWith('alone:')).length;
  const half = rows.map((r) => halfOf(r.claimId));
  const corroborate = scoreHalves(rows.map((r, i) => ({ gold: r.claimId, predicted: predicted[i], half: half[i] })));
  const singletons = scoreHalves(rows.map((r, i) => ({ gold: r.claimId, predicted: `alone:${i}`, half: half[i] })));

  // The baseline clusters all headlines at once, as corroborate does; only the tune half's gold picks the threshold.
  const started = performance.now();
  const pairs = similarPairs(tfidfVectors(rows.map((r) => r.articleHeadline)));
  const thresholds = Array.from({ length: 19 }, (_, k) => Number((0.05 * (k + 1)).toFixed(2)));
  const sweep = thresholds.map((threshold) => {
    const labels = singleLink(rows.length, pairs, threshold);
    return { threshold, scores: scoreHalves(rows.map((r, i) => ({ gold: r.claimId, predicted: labels[i], half: half[i] }))) };
  });
  const chosen = sweep.reduce((a, b) => (b.scores.tune.f1 > a.scores.tune.f1 ? b : a));
  const baselineSeconds = (performance.now() - started) / 1000;

  const claimsIn = (h: Half) => new Set(rows.filter((r, i) => half[i] === h).map((r) => r.claimId)).size;
  console.log(`Emergent train: ${rows.length} headlines, ${new Set(rows.map((r) => r.claimId)).size} claims (tune half ${claimsIn('tune')} claims / ${half.filter((h) => h === 'tune').length} headlines, test half ${claimsIn('test')} / ${half.filter((h) => h === 'test').length})`);
  console.log(`analyze: one run, ${run.seconds.toFixed(1)} s; ${run.summary}; ${run.claims} claims, ${run.spans.length} claim statements (${run.spans.filter((s) => s.from === 'trigger').length} with a trigger)`);
  const sharing = rows.filter((r, i) => !articleByUrl.has(rowUrl(r, i)) && articleOf(r, i)).length;
  console.log(`headlines in some claim: ${inClaim} (${((100 * inClaim) / rows.length).toFixed(1)} %); refused by analyze: ${run.failed}; ${sharing} rows share the stored article of an identical headline`);
  console.log('');
  console.log('B-cubed P / R / F1                      all              |        tune             |        test');
  const line = (name: string, s: Record<'all' | Half, BCubed>) => console.log(`${name.padEnd(30)} ${formatBCubed(s.all)}  | ${formatBCubed(s.tune)}  | ${formatBCubed(s.test)}`);
  line('corroborate claims', corroborate);
  line(`tf-idf single-link >= ${chosen.threshold.toFixed(2)}`, chosen.scores);
  line('every headline alone', singletons);
  console.log(`(threshold chosen on the tune half from ${thresholds[0]}–${thresholds.at(-1)}; baseline ${baselineSeconds.toFixed(1)} s)`);
  const reasons = new Map<string, number>();
  for (const f of run.failures) {
    const reason = f.replace(/^\S+:\d+: /, '');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  refused ${n}x: ${reason.slice(0, 160)}`);
  if (out) {
    const summary = { headlines: rows.length, claims: new Set(rows.map((r) => r.claimId)).size, analyze: { seconds: run.seconds, summary: run.summary, claims: run.claims, statements: run.spans.length, refused: run.failed, reasons: Object.fromEntries(reasons) } };
    const baseline = { threshold: chosen.threshold, scores: chosen.scores, sweep: sweep.map((s) => ({ threshold: s.threshold, tuneF1: s.scores.tune.f1, testF1: s.scores.test.f1 })) };
    writeFileSync(out, `${JSON.stringify({ ...summary, headlinesInClaim: inClaim, corroborate, tfidf: baseline, singletons }, null, 2)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
