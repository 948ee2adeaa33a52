/**
 * Boilerplate-removal score on the trafilatura evaluation set, computed as
 * trafilatura's tests/eval_common.py does: each page lists snippets the
 * extracted text must contain ('with') and must not contain ('without');
 * after whitespace normalisation a 'with' snippet found is a true positive,
 * missing a false negative; a 'without' snippet found is a false positive,
 * absent a true negative. A page that throws counts as nothing extracted.
 *
 * Plain Readability (boilerplateExtractors.ts) runs beside ours on the same
 * pages as the baseline; the set is split in two fixed halves by a hash of
 * the file name (A to tune on, B to check), and each half is reported.
 *
 *   npx tsx scripts/eval/boilerplate.ts [PATH] [--half A|B] [--ours-only] [--limit N] [--out FILE] [--show-errors] [--with-captions]
 *   npx tsx scripts/eval/boilerplate.ts --zyte DIR   (shingle F1, see boilerplateZyte.ts)
 *
 * PATH is the folder holding evaldata.json (default
 * $CORROBORATE_SHARED/data/trafilatura-eval).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { runZyte } from './boilerplateZyte.js';
import { extractOurs, extractReadability, extractorNames, halfOf, type ExtractorName } from './boilerplateExtractors.js';

export interface SnippetItem {
  file: string;
  with: string[];
  without: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Scores one page's extracted text (null when extraction failed) against its snippets. */
export function countItem(item: Pick<SnippetItem, 'with' | 'without'>, result: string | null): Counts {
  const text = result === null ? null : norm(result);
  const tp = text === null ? 0 : item.with.filter((s) => text.includes(norm(s))).length;
  const fp = text === null ? 0 : item.without.filter((s) => text.includes(norm(s))).length;
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

export function scores(c: Counts): { precision: number; recall: number; accuracy: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const total = c.tp + c.fp + c.fn + c.tn;
  const denominator = 2 * c.tp + c.fp + c.fn;
  return { precision, recall, accuracy: total ? (c.tp + c.tn) / total : 0, f1: denominator ? (2 * c.tp) / denominator : 0 };
}

export function readPage(root: string, file: string): Uint8Array {
  for (const folder of ['cache', 'eval']) {
    for (const name of [file, `${file}.gz`]) {
      const path = join(root, folder, name);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    }
  }
  throw new Error(`page ${file} not found under ${root}/cache or ${root}/eval`);
}

interface PageResult {
  url: string;
  file: string;
  half: 'A' | 'B';
  /** Per extractor; readability's is absent on a page where it found no article. */
  results: Partial<Record<ExtractorName, { counts: Counts; missing: string[]; leaked: string[]; error?: string }>>;
}

function scorePage(item: SnippetItem, text: string | null, error?: string) {
  const normText = text === null ? '' : norm(text);
  return {
    counts: countItem(item, text),
    missing: item.with.filter((s) => !normText.includes(norm(s))),
    leaked: item.without.filter((s) => normText.includes(norm(s))),
    ...(error ? { error } : {}),
  };
}

function evaluatePage(root: string, url: string, item: SnippetItem, extractors: readonly ExtractorName[], withCaptions: boolean): PageResult {
  const page: PageResult = { url, file: item.file, half: halfOf(item.file), results: {} };
  let decoded: ReturnType<typeof decodeBytes> | null = null;
  let decodeError: string | undefined;
  try {
    decoded = decodeBytes(readPage(root, item.file));
  } catch (e) {
    decodeError = String(e);
  }
  for (const name of extractors) {
    try {
      if (!decoded) throw new Error(decodeError);
      const text = name === 'ours' ? extractOurs(url, decoded, withCaptions) : extractReadability(decoded.text, withCaptions);
      if (text !== null) page.results[name] = scorePage(item, text);
    } catch (e) {
      // A page that throws counts as nothing extracted for ours; readability then simply has no article.
      if (name === 'ours') page.results[name] = scorePage(item, null, String(e));
    }
  }
  return page;
}

function sum(pages: readonly PageResult[], name: ExtractorName): Counts & { pages: number; errors: number } {
  const total = { tp: 0, fp: 0, fn: 0, tn: 0, pages: 0, errors: 0 };
  for (const page of pages) {
    const result = page.results[name];
    if (!result) continue;
    total.pages++;
    if (result.error) total.errors++;
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) total[key] += result.counts[key];
  }
  return total;
}

type Summary = Record<'A' | 'B' | 'all', Record<string, ReturnType<typeof scores> & { pages: number }>>;

/** One row per half and extractor; 'readability' rows count only the pages it found an article on, and 'ours on them' scores ours on those same pages. */
function printTable(pages: readonly PageResult[], extractors: readonly ExtractorName[]): Summary {
  const summary: Summary = { A: {}, B: {}, all: {} };
  console.log('half  extractor           pages  with  without  tp    fp   fn   tn    precision  recall  accuracy  f1     errors');
  const rows: [string, string, ExtractorName, PageResult[]][] = [];
  for (const half of ['A', 'B', 'all'] as const) {
    const inHalf = pages.filter((page) => half === 'all' || page.half === half);
    for (const name of extractors) rows.push([half, name, name, inHalf]);
    if (extractors.includes('readability')) rows.push([half, 'ours on them', 'ours', inHalf.filter((page) => page.results.readability)]);
  }
  for (const [half, label, name, subset] of rows) {
    const total = sum(subset, name);
    const s = scores(total);
    summary[half as keyof Summary][label] = { ...s, pages: total.pages };
    console.log(
      half.padEnd(6) +
        label.padEnd(20) +
        [total.pages, total.tp + total.fn, total.fp + total.tn, total.tp, total.fp, total.fn, total.tn].map((n, j) => String(n).padEnd([7, 6, 9, 6, 5, 5, 6][j])).join('') +
        [s.precision, s.recall, s.accuracy, s.f1].map((n, j) => n.toFixed(3).padEnd([11, 8, 10, 7][j])).join('') +
        String(total.errors),
    );
  }
  return summary;
}

function main(argv: string[]): void {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const zyte = option('--zyte');
  if (zyte) return runZyte(zyte);
  const flags = new Set(['--limit', '--out', '--zyte', '--half']);
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && !flags.has(argv[i - 1]));
  const shared = process.env.CORROBORATE_SHARED ?? '../shared';
  const root = positional[0] ?? join(shared, 'data', 'trafilatura-eval');
  const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
  const limit = Number(option('--limit') ?? Infinity);
  const half = option('--half');
  const extractors = argv.includes('--ours-only') ? (['ours'] as const) : extractorNames;
  const withCaptions = argv.includes('--with-captions');
  const started = performance.now();
  const pages = Object.entries(evaldata)
    .filter(([, item]) => !half || halfOf(item.file) === half)
    .slice(0, limit)
    .map(([url, item]) => evaluatePage(root, url, item, extractors, withCaptions));
  if (argv.includes('--show-errors')) for (const page of pages) if (page.results.ours?.error) console.error(page.url, page.results.ours.error);
  const summary = printTable(pages, extractors);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${pages.length} pages in ${seconds.toFixed(1)} s`);
  const out = option('--out');
  if (out) writeFileSync(out, JSON.stringify({ scores: summary.all.ours, summary, seconds, pages }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
