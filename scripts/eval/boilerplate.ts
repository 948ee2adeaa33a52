/**
 * Boilerplate-removal score on the trafilatura evaluation set, computed as
 * trafilatura's tests/eval_common.py does: each page lists snippets the
 * extracted text must contain ('with') and must not contain ('without');
 * after whitespace normalisation a 'with' snippet found is a true positive,
 * missing a false negative; a 'without' snippet found is a false positive,
 * absent a true negative. A page that throws counts as nothing extracted.
 *
 *   npx tsx scripts/eval/boilerplate.ts [PATH] [--limit N] [--out FILE] [--show-errors] [--with-captions]
 *   npx tsx scripts/eval/boilerplate.ts --zyte DIR   (shingle F1, see boilerplateZyte.ts)
 *
 * PATH is the folder holding evaldata.json (default
 * $CORROBORATE_SHARED/data/trafilatura-eval).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { runZyte } from './boilerplateZyte.js';

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

function main(argv: string[]): void {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const zyte = option('--zyte');
  if (zyte) return runZyte(zyte);
  const flags = new Set(['--limit', '--out', '--zyte']);
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && !flags.has(argv[i - 1]));
  const shared = process.env.CORROBORATE_SHARED ?? '../shared';
  const root = positional[0] ?? join(shared, 'data', 'trafilatura-eval');
  const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
  const limit = Number(option('--limit') ?? Infinity);
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perPage: { url: string; counts: Counts; missing: string[]; leaked: string[]; error?: string }[] = [];
  let errors = 0;
  const started = performance.now();
  for (const [url, item] of Object.entries(evaldata).slice(0, limit)) {
    let text: string | null = null;
    let error: string | undefined;
    try {
      const { text: content, encoding } = decodeBytes(readPage(root, item.file));
      const clean = cleanArticle({ source: url, format: 'html', content, encoding });
      // trafilatura's extract() returns the text without the title, and without figures and their
      // captions (include_images=False by default), so those paragraphs are left out; --with-captions keeps them.
      const left = new Set(argv.includes('--with-captions') ? ['title'] : ['title', 'caption']);
      text = clean.paragraphs.filter((p) => !left.has(p.kind)).map((p) => clean.text.slice(p.start, p.end)).join('\n');
    } catch (e) {
      errors++;
      error = String(e);
      if (argv.includes('--show-errors')) console.error(url, e);
    }
    const counts = countItem(item, text);
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) total[key] += counts[key];
    const normText = text === null ? '' : norm(text);
    perPage.push({ url, counts, error, missing: item.with.filter((s) => !normText.includes(norm(s))), leaked: item.without.filter((s) => normText.includes(norm(s))) });
  }
  const seconds = (performance.now() - started) / 1000;
  const s = scores(total);
  console.log('pages  with  without  tp    fp   fn   tn    precision  recall  accuracy  f1     errors  seconds');
  console.log(
    [perPage.length, total.tp + total.fn, total.fp + total.tn, total.tp, total.fp, total.fn, total.tn]
      .map((n, i) => String(n).padEnd([7, 6, 9, 6, 5, 5, 6][i]))
      .join('') +
      [s.precision, s.recall, s.accuracy, s.f1].map((n, i) => n.toFixed(3).padEnd([11, 8, 10, 7][i])).join('') +
      String(errors).padEnd(8) +
      seconds.toFixed(1),
  );
  const out = option('--out');
  if (out) writeFileSync(out, JSON.stringify({ counts: total, scores: s, errors, seconds, pages: perPage }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
