/**
 * Shingle F1 on the Zyte article-extraction benchmark
 * (github.com/scrapinghub/article-extraction-benchmark): DIR holds
 * ground-truth.json ({id: {articleBody, ...}}) and html/<id>.html.gz.
 * The extracted text is every paragraph but the title, as articleBody has
 * no headline. Plain readability (boilerplateExtractors.ts) is scored
 * beside ours on the same pages, once over all pages (nothing extracted
 * scores zero) and once over the pages it found an article on. Run through
 * `boilerplate.ts --zyte DIR`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { extractOurs, extractReadability } from './boilerplateExtractors.js';
import { averageShingleScores, scoreShingles, type ShingleScore } from './boilerplateShingles.js';

interface GroundTruth {
  articleBody?: string;
  url?: string;
}

function readHtml(dir: string, id: string): Uint8Array {
  for (const name of [`${id}.html.gz`, `${id}.html`]) {
    const path = join(dir, 'html', name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  }
  throw new Error(`page ${id} not found: expected ${dir}/html/${id}.html.gz`);
}

function printRow(label: string, pages: readonly ShingleScore[]): void {
  const s = averageShingleScores(pages);
  console.log(label.padEnd(26) + String(pages.length).padEnd(7) + [s.precision, s.recall, s.f1].map((n, i) => n.toFixed(3).padEnd([11, 8, 7][i])).join(''));
}

export function runZyte(dir: string): void {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GroundTruth>;
  const ours: ShingleScore[] = [];
  const baseline: ShingleScore[] = [];
  const oursWhereBaseline: ShingleScore[] = [];
  const baselineFound: ShingleScore[] = [];
  let errors = 0;
  const started = performance.now();
  for (const [id, item] of Object.entries(truth)) {
    const body = item.articleBody ?? '';
    let text = '';
    let plain: string | null = null;
    try {
      const decoded = decodeBytes(readHtml(dir, id));
      plain = extractReadability(decoded.text, true);
      text = extractOurs(item.url ?? id, decoded, true);
    } catch {
      errors++;
    }
    const score = scoreShingles(body, text);
    ours.push(score);
    baseline.push(scoreShingles(body, plain ?? ''));
    if (plain !== null) {
      oursWhereBaseline.push(score);
      baselineFound.push(scoreShingles(body, plain));
    }
  }
  console.log('extractor                 pages  precision  recall  f1');
  printRow('ours', ours);
  printRow('readability', baseline);
  printRow('ours (readability found)', oursWhereBaseline);
  printRow('readability (found)', baselineFound);
  console.log(`errors ${errors}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
