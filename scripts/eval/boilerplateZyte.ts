/**
 * Shingle F1 on the Zyte article-extraction benchmark
 * (github.com/scrapinghub/article-extraction-benchmark): DIR holds
 * ground-truth.json ({id: {articleBody, ...}}) and html/<id>.html.gz.
 * The extracted text is every paragraph but the title, as articleBody has
 * no headline. Run through `boilerplate.ts --zyte DIR`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
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

export function runZyte(dir: string): void {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GroundTruth>;
  const pages: ShingleScore[] = [];
  let errors = 0;
  const started = performance.now();
  for (const [id, item] of Object.entries(truth)) {
    let text = '';
    try {
      const { text: content, encoding } = decodeBytes(readHtml(dir, id));
      const clean = cleanArticle({ source: item.url ?? id, format: 'html', content, encoding });
      text = clean.paragraphs.filter((p) => p.kind !== 'title').map((p) => clean.text.slice(p.start, p.end)).join('\n');
    } catch {
      errors++;
    }
    pages.push(scoreShingles(item.articleBody ?? '', text));
  }
  const s = averageShingleScores(pages);
  console.log('pages  precision  recall  f1     errors  seconds');
  console.log(
    String(pages.length).padEnd(7) +
      [s.precision, s.recall, s.f1].map((n, i) => n.toFixed(3).padEnd([11, 8, 7][i])).join('') +
      String(errors).padEnd(8) +
      ((performance.now() - started) / 1000).toFixed(1),
  );
}
