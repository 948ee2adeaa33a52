/**
 * Publication-date accuracy on htmldate's development sets: each page is
 * decoded, cleaned and given its metadata by the same function analyze
 * uses (cleanAndResolveMetadata), then the resolved day is compared with the
 * gold day. A page whose gold date is missing (NaN in the file) counts as
 * right when we also say unknown. A range without a day counts as unknown,
 * and so does a page analyze stores nothing for (no article text in it).
 *
 * Each set is also reported in two fixed halves by a hash of the page's file
 * name: rules are tuned looking at the 'tune' half only; the 'check' half
 * says whether they hold on pages they were not tuned on.
 *
 *   npx tsx scripts/eval/published.ts [PATH] [--out FILE] [--show-wrong]
 *
 * PATH is the JSON file ({url: {file, date}}), default
 * $CORROBORATE_SHARED/data/htmldate-eval/news-dev.json; files are relative to its folder.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cleanAndResolveMetadata, holdsMetadata } from '../../src/analyze/analyzeArticle.js';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';

export interface DateCase {
  gold: string | null;
  found: string | null;
}

export interface DateScore {
  pages: number;
  correct: number;
  unknown: number;
  accuracy: number;
  unknownShare: number;
  /** Unknown where the gold page has a date: the dates we failed to find (htmldate's false negatives). A page with no date that we leave unknown is right, and counted in `unknown` only. */
  missed: number;
  missedShare: number;
}

/** 'tune' or 'check', fixed by the first byte of the SHA-1 of the page's file name. */
export function halfOf(file: string): 'tune' | 'check' {
  return createHash('sha1').update(file).digest()[0] % 2 === 0 ? 'tune' : 'check';
}

const dayGap = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** Day-granularity accuracy and the share of pages we left unknown. */
export function scoreDates(cases: readonly DateCase[]): DateScore {
  const correct = cases.filter((c) => c.found === c.gold).length;
  const unknown = cases.filter((c) => c.found === null).length;
  const missed = cases.filter((c) => c.found === null && c.gold !== null).length;
  const pages = cases.length;
  const share = (n: number) => (pages ? n / pages : 0);
  return { pages, correct, unknown, accuracy: share(correct), unknownShare: share(unknown), missed, missedShare: share(missed) };
}

interface Row extends DateCase {
  url: string;
  file: string;
  half: 'tune' | 'check';
  how: string;
  error?: string;
}

/** One page through analyze's decoding, cleaning and metadata: its day, or null with why. */
function datePage(url: string, filePath: string): { found: string | null; how: string } {
  const bytes = readFileSync(filePath);
  const { text: content, encoding } = decodeBytes(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  const raw = { source: url, format: 'html' as const, content, encoding, supplied: { url, from: 'jsonl' as const } };
  const { metadata, noText } = cleanAndResolveMetadata(raw);
  // analyze keeps a page without article text only when it found its day (metadata only); otherwise nothing is stored and the date is lost.
  if (noText && !holdsMetadata(metadata)) return { found: null, how: 'not stored: no article text, no date' };
  return { found: metadata.published.value, how: noText ? 'metadata only (no article text)' : metadata.published.how };
}

function scoreLine(name: string, rows: readonly Row[]): string {
  const score = scoreDates(rows);
  const offByOne = rows.filter((r) => r.found && r.gold && dayGap(r.found, r.gold) === 1).length;
  return `${name.padEnd(7)}${String(score.pages).padEnd(7)}${String(score.correct).padEnd(9)}${String(score.unknown).padEnd(9)}${score.accuracy.toFixed(3).padEnd(10)}${score.unknownShare.toFixed(3).padEnd(15)}${score.missedShare.toFixed(3).padEnd(16)}${offByOne}`;
}

function main(argv: string[]): void {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--out');
  const shared = process.env.CORROBORATE_SHARED ?? '../shared';
  const path = positional[0] ?? join(shared, 'data', 'htmldate-eval', 'news-dev.json');
  // The file writes a missing gold date as a bare NaN, which JSON does not allow.
  const gold = JSON.parse(readFileSync(path, 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { file: string; date: string | null }>;
  const rows: Row[] = [];
  const started = performance.now();
  for (const [url, entry] of Object.entries(gold)) {
    const row: Row = { url, file: entry.file, half: halfOf(entry.file), gold: entry.date, found: null, how: 'error' };
    try {
      Object.assign(row, datePage(url, join(dirname(path), entry.file)));
    } catch (e) {
      row.error = String(e);
    }
    rows.push(row);
  }
  const seconds = (performance.now() - started) / 1000;
  const score = scoreDates(rows);
  const halves = { tune: scoreDates(rows.filter((r) => r.half === 'tune')), check: scoreDates(rows.filter((r) => r.half === 'check')) };
  const byHow = new Map<string, { n: number; right: number }>();
  for (const row of rows) {
    const key = row.how;
    const entry = byHow.get(key) ?? { n: 0, right: 0 };
    entry.n++;
    if (row.found === row.gold) entry.right++;
    byHow.set(key, entry);
  }
  console.log(`${seconds.toFixed(1)} s\n`);
  console.log('half   pages  correct  unknown  accuracy  unknown-share  missed-dated    off-by-one-day');
  console.log(scoreLine('all', rows));
  console.log(scoreLine('tune', rows.filter((r) => r.half === 'tune')));
  console.log(scoreLine('check', rows.filter((r) => r.half === 'check')));
  console.log(`gap (tune - check) ${(halves.tune.accuracy - halves.check.accuracy).toFixed(3)}`);
  console.log('\nhow                                                                     pages  right');
  for (const [how, entry] of [...byHow].sort((a, b) => b[1].n - a[1].n)) console.log(`${how.padEnd(72)}${String(entry.n).padEnd(7)}${entry.right}`);
  if (argv.includes('--show-wrong')) {
    // Only the tune half's misses are shown: the check half is for measuring, not for reading.
    for (const row of rows.filter((r) => r.found !== r.gold && r.half === 'tune')) console.log(`WRONG gold=${row.gold} found=${row.found} how=${row.how} ${row.url}${row.error ? ' ' + row.error : ''}`);
  }
  if (out) writeFileSync(out, JSON.stringify({ score, halves, seconds, rows: rows.map((r) => (r.half === 'tune' ? r : { ...r, url: undefined, file: undefined })) }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
