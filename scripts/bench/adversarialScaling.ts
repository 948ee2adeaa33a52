/**
 * How the per-article analysis grows with adversarial input: builds one
 * article per pattern and size (short "X said ..." sentences on one line or
 * in paragraphs, "told reporters that" variants, date-like floods, quotes,
 * entity names, long sentences without punctuation, deep and wide HTML,
 * entity floods), runs `analyzeArticle` on it (clean, metadata and every
 * pipeline stage) and prints the milliseconds of each stage and the ratio
 * of each size's total to the previous size's. Linear growth is a ratio
 * of about 2 per doubling; a quadratic stage shows as 4.
 *
 *   npx tsx scripts/bench/adversarialScaling.ts [--sizes 12500,25000,50000,100000,200000] [--patterns said-line,dates]
 *
 * A stage is profiled with, for example:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/adversarialScaling.ts --sizes 50000 --patterns said-line
 */
import { analyzeArticle, AnalysisError } from '../../src/analyze/analyzeArticle.js';
import type { RawArticle, SourceFormat } from '../../src/ingest/types.js';

interface Pattern {
  name: string;
  format: SourceFormat;
  /** The article's content for `n` repetitions of the pattern's unit. */
  build: (n: number) => string;
}

const names = ['Smith', 'Maria Lopez', 'The minister', 'Jones', 'A spokesman', 'Ivo Brandt'];
const nameOf = (i: number) => names[i % names.length];

function repeat(n: number, unit: (i: number) => string, separator: string): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(unit(i));
  return parts.join(separator);
}

const patterns: Pattern[] = [
  { name: 'said-line', format: 'text', build: (n) => repeat(n, (i) => `${nameOf(i)} said it was ${i}.`, ' ') },
  {
    name: 'said-paragraphs',
    format: 'text',
    // Five sentences a paragraph, the way a wire story is laid out.
    build: (n) => repeat(n, (i) => `${nameOf(i)} said it was ${i}.${i % 5 === 4 ? '\n\n' : ' '}`, ''),
  },
  {
    name: 'told-reporters',
    format: 'text',
    build: (n) => repeat(n, (i) => `${nameOf(i)} told reporters that the plan ${i} had failed.${i % 5 === 4 ? '\n\n' : ' '}`, ''),
  },
  {
    name: 'dates',
    format: 'text',
    build: (n) => 'Talks were held on these days. ' + repeat(n, (i) => ['3 May 2017,', '2017-05-03,', 'May 3,', 'last Tuesday,', 'in 2019'][i % 5], ' ') + '.',
  },
  { name: 'quotes', format: 'text', build: (n) => repeat(n, (i) => `"It is ${i}," ${nameOf(i)} said. "We will not," she added.`, ' ') },
  { name: 'entities', format: 'text', build: (n) => repeat(n, (i) => `Maria Lopez${i % 97} met Ivo Brandt${i % 89} of Acme Corp in Berlin.`, ' ') },
  { name: 'no-punctuation', format: 'text', build: (n) => 'The report ' + repeat(n, (i) => `said word${i % 1000}`, ' ') + '.' },
  {
    name: 'deep-html',
    format: 'html',
    // n / 10 levels: 20,000 at the largest size, beyond what recursion survives.
    build: (n) => `<html><body>${'<div>'.repeat(n / 10)}<p>Smith said it was true. The minister said it was not.</p>${'</div>'.repeat(n / 10)}</body></html>`,
  },
  {
    name: 'wide-html',
    format: 'html',
    build: (n) => `<html><body><article>${repeat(n / 2, (i) => `<p>${nameOf(i)} said it was ${i}.</p>`, '')}</article></body></html>`,
  },
  { name: 'entity-flood', format: 'html', build: (n) => `<html><body><p>Smith said it was true. ${'&amp;'.repeat(n * 5)}</p></body></html>` },
];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const sizes = (argument('--sizes') ?? '12500,25000,50000,100000,200000').split(',').map(Number);
const wanted = argument('--patterns')?.split(',');
const chosen = wanted ? patterns.filter((p) => wanted.includes(p.name)) : patterns;

const stageNames = ['clean', 'metadata', 'splitSentences', 'tokenize', 'findEntities', 'resolveCanonicalNames', 'findTimes', 'findStatements'];
const short: Record<string, string> = { splitSentences: 'split', resolveCanonicalNames: 'canon', findEntities: 'entities', findTimes: 'times', findStatements: 'statements' };
const columns = ['pattern', 'size', 'chars', ...stageNames.map((s) => short[s] ?? s), 'total', 'ratio', 'found'];
const widths = [16, 7, 9, ...stageNames.map(() => 9), 9, 6, 30];
const row = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');

console.log(`node ${process.version}; times in ms; ratio = total / total at the previous size`);
console.log(row(columns));
for (const pattern of chosen) {
  let previous: number | undefined;
  for (const size of sizes) {
    const content = pattern.build(size);
    const raw: RawArticle = { source: `${pattern.name}-${size}`, format: pattern.format, content, encoding: 'utf-8' };
    const started = performance.now();
    let cells: string[];
    try {
      const analyzed = analyzeArticle(raw, 'bench'.padEnd(64, '0'));
      const total = performance.now() - started;
      const ms = new Map(analyzed.timings.map((t) => [t.stage, t.ms]));
      const d = analyzed.document;
      cells = [
        ...stageNames.map((s) => (ms.get(s) ?? 0).toFixed(0)),
        total.toFixed(0),
        previous ? (total / previous).toFixed(2) : '',
        `${d.sentences.length}s ${d.statements.length}st ${d.times.length}t ${d.entities.length}e`,
      ];
      previous = total;
    } catch (error) {
      const message = error instanceof AnalysisError ? `refused: ${error.message}` : `CRASH: ${(error as Error).message}`;
      cells = [...stageNames.map(() => '-'), (performance.now() - started).toFixed(0), '', message.slice(0, 60)];
      previous = undefined;
    }
    console.log(row([pattern.name, String(size), String(content.length), ...cells]));
  }
}
