/**
 * Publication-date accuracy on htmldate's evaluation set: for each page,
 * clean it and resolve its metadata, then compare the resolved day with the
 * gold day. A page whose gold date is missing (NaN in the file) counts as
 * right when we also say unknown. A range without a day counts as unknown.
 *
 *   npx tsx scripts/eval/published.ts [PATH] [--out FILE] [--show-wrong]
 *
 * PATH is the JSON file ({url: {file, date}}), default
 * $CORROBORATE_SHARED/data/htmldate-eval/news-dev.json; files are relative to its folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { resolveMetadata } from '../../src/metadata/resolveMetadata.js';

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
}

/** Day-granularity accuracy and the share of pages we left unknown. */
export function scoreDates(cases: readonly DateCase[]): DateScore {
  const correct = cases.filter((c) => c.found === c.gold).length;
  const unknown = cases.filter((c) => c.found === null).length;
  const pages = cases.length;
  return { pages, correct, unknown, accuracy: pages ? correct / pages : 0, unknownShare: pages ? unknown / pages : 0 };
}

function main(argv: string[]): void {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--out');
  const shared = process.env.CORROBORATE_SHARED ?? '../shared';
  const path = positional[0] ?? join(shared, 'data', 'htmldate-eval', 'news-dev.json');
  // The file writes a missing gold date as a bare NaN, which JSON does not allow.
  const gold = JSON.parse(readFileSync(path, 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { file: string; date: string | null }>;
  const rows: (DateCase & { url: string; how: string; error?: string })[] = [];
  const started = performance.now();
  for (const [url, entry] of Object.entries(gold)) {
    let found: string | null = null;
    let how = 'error';
    let error: string | undefined;
    try {
      const bytes = readFileSync(join(dirname(path), entry.file));
      const { text: content, encoding } = decodeBytes(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
      const raw = { source: url, format: 'html' as const, content, encoding, supplied: { url, from: 'jsonl' as const } };
      const published = resolveMetadata(raw, cleanArticle(raw)).published;
      found = published.value;
      how = published.how;
    } catch (e) {
      error = String(e);
    }
    rows.push({ url, gold: entry.date, found, how, error });
  }
  const seconds = (performance.now() - started) / 1000;
  const score = scoreDates(rows);
  const byHow = new Map<string, { n: number; right: number }>();
  for (const row of rows) {
    const key = row.how;
    const entry = byHow.get(key) ?? { n: 0, right: 0 };
    entry.n++;
    if (row.found === row.gold) entry.right++;
    byHow.set(key, entry);
  }
  console.log('pages  correct  unknown  accuracy  unknown-share  seconds');
  console.log(`${String(score.pages).padEnd(7)}${String(score.correct).padEnd(9)}${String(score.unknown).padEnd(9)}${score.accuracy.toFixed(3).padEnd(10)}${score.unknownShare.toFixed(3).padEnd(15)}${seconds.toFixed(1)}`);
  console.log('\nhow                                        pages  right');
  for (const [how, entry] of [...byHow].sort((a, b) => b[1].n - a[1].n)) console.log(`${how.padEnd(43)}${String(entry.n).padEnd(7)}${entry.right}`);
  if (argv.includes('--show-wrong')) {
    for (const row of rows.filter((r) => r.found !== r.gold)) console.log(`WRONG gold=${row.gold} found=${row.found} how=${row.how} ${row.url}${row.error ? ' ' + row.error : ''}`);
  }
  if (out) writeFileSync(out, JSON.stringify({ score, seconds, rows }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
