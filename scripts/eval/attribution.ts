/**
 * Scores the attributed-statement stage against PolNeAR (brat .txt + .ann).
 *
 *   npx tsx scripts/eval/attribution.ts [PATH] [--out results.json] [--limit N] [--half 0|1] [--misses N]
 *
 * --half keeps the articles whose name hashes to that half (polnearHalf.ts: 0 to tune on, 1 to check).
 *
 * PATH is a PolNeAR compartment (with text/ and attributions/) or a folder
 * holding both kinds of file; default: $CORROBORATE_SHARED/data/polnear/data/dev.
 * Each line of a .txt is a paragraph, the first one the title. The segment
 * stages and findStatements run on it with no entities. Matching rules are
 * in scripts/eval/scoreAttribution.ts: per role,
 * overlap (a span shares a character with one of the other side) and exact
 * (equal after trimming punctuation, quotes and a leading 'that');
 * attribution F1 pairs a prediction with a gold attribution when both their
 * cues and their contents overlap.
 *
 * PolNeAR labels each word once, so it never annotates a statement inside
 * another's quoted words ('“... but I *think* we have to deepen ...,”
 * Clinton added'), while the stage keeps such nested statements on purpose
 * (see test/statements/speakers.test.ts). Before scoring, a predicted
 * statement whose cue lies inside quotation marks is set aside, which maps
 * our output onto the corpus's flat scheme; --nested keeps them.
 *
 * --misses N lists the N most frequent cue words of gold attributions whose
 * cue no prediction overlaps, grouped by lowercased cue and by construction
 * (the order of source S, cue C and content K), plus the most frequent
 * predicted cues that overlap no gold cue: where recall and precision go.
 * --examples CUE prints each missed gold attribution with that cue (lowercased,
 * as --misses lists it) in its sentence, source in [S ...], cue in [C ...]
 * and content in [K ...], to see why the parsers pass it by.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitSentences } from '../../src/analyze/segment/splitSentences.js';
import { tokenize } from '../../src/analyze/segment/tokenize.js';
import { findQuotes } from '../../src/analyze/statements/findQuotes.js';
import { findStatements } from '../../src/analyze/statements/findStatements.js';
import { withTypewriterQuotes } from '../../src/analyze/statements/typewriterQuotes.js';
import { halfOf } from './polnearHalf.js';
import { paragraphsOf, readBratAttributions } from './readBratAttributions.js';
import { addCounts, prf, scoreAttributions, type Counts, type Role, type Scores, type ScoredAttribution } from './scoreAttribution.js';
import type { AnalyzedDocument, Span, Statement } from '../../src/analyze/types.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
const root = positional[0] ?? join(shared, 'data/polnear/data/dev');
const out = argument('--out');
const limit = Number(argument('--limit') ?? Infinity);
const misses = Number(argument('--misses') ?? 0);
const half = argument('--half');
const examples = argument('--examples');
const missedCues = new Map<string, number>();
const missedShapes = new Map<string, number>();
const spuriousCues = new Map<string, number>();
const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};
const touches = (a: { start: number; end: number }[], b: { start: number; end: number }[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/** 'S<C<K' for 'Trump said ...'; 'K<C<S' for '“...,” said Trump'; a '"' marks a content opening with a quote. */
function shapeOf(text: string, a: ScoredAttribution): string {
  const first = (spans: { start: number }[]): number => Math.min(...spans.map((s) => s.start));
  const parts = [['S', a.source], ['C', a.cue], ['K', a.content]] as const;
  const order = parts.filter(([, spans]) => spans.length > 0).sort((x, y) => first(x[1]) - first(y[1])).map(([name]) => name).join('<');
  const quoted = a.content.length > 0 && /["“]/.test(text[first(a.content)] ?? '') ? ' "' : '';
  return order + quoted;
}

/** The gold attribution marked up in the paragraph around its cue. */
function example(text: string, a: ScoredAttribution): string {
  const marks = [...a.source.map((s) => ({ ...s, tag: 'S' })), ...a.cue.map((s) => ({ ...s, tag: 'C' })), ...a.content.map((s) => ({ ...s, tag: 'K' }))];
  const from = Math.max(text.lastIndexOf('\n', Math.min(...marks.map((m) => m.start))) + 1, Math.min(...marks.map((m) => m.start)) - 200);
  const end = Math.min(Math.max(...marks.map((m) => m.end)) + 60, (text.indexOf('\n', Math.max(...marks.map((m) => m.end))) + 1 || text.length + 1) - 1);
  let out = '';
  for (let i = from; i < end; i++) {
    out += marks.filter((m) => m.start === i).map((m) => `[${m.tag} `).join('') + text[i] + marks.filter((m) => m.end === i + 1).map(() => ']').join('');
  }
  return out;
}

function collectMisses(text: string, gold: ScoredAttribution[], predicted: ScoredAttribution[]): void {
  for (const g of gold) {
    if (predicted.some((p) => touches(p.cue, g.cue))) continue;
    const cue = g.cue.map((s) => text.slice(s.start, s.end)).join(' … ').toLowerCase().replace(/\s+/g, ' ');
    if (cue === examples) console.log(`${example(text, g)}\n`);
    bump(missedCues, cue);
    bump(missedShapes, shapeOf(text, g));
  }
  for (const p of predicted) {
    if (!gold.some((g) => touches(p.cue, g.cue))) bump(spuriousCues, p.cue.map((s) => text.slice(s.start, s.end)).join(' ').toLowerCase());
  }
}

const textDir = existsSync(join(root, 'text')) ? join(root, 'text') : root;
const annDir = existsSync(join(root, 'attributions')) ? join(root, 'attributions') : root;
if (!existsSync(textDir)) {
  console.error(`No PolNeAR text found: expected ${textDir} (a compartment with text/ and attributions/, e.g. ${join(shared, 'data/polnear/data/dev')}).`);
  process.exit(2);
}
const annotations = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();

const keepNested = process.argv.includes('--nested');

/**
 * The statements PolNeAR's one-label-per-word scheme could hold: none whose
 * cue is inside another's content. A transcript turn ('“WALLACE: Let’s
 * start ...') sits inside the quote that carries the whole exchange, which
 * is its own content, not someone else's.
 */
function flat(statements: Statement[], quotes: Span[]): Statement[] {
  if (keepNested) return statements;
  return statements.filter((s) => s.rule === 'transcript-turn' || !quotes.some((q) => q.start < s.cue.start && s.cue.end < q.end));
}

function predict(text: string): { attributions: ScoredAttribution[]; ms: number } {
  let doc: AnalyzedDocument = { text, paragraphs: paragraphsOf(text), sentences: [], tokens: [], entities: [], times: [], statements: [] };
  for (const stage of [splitSentences, tokenize]) doc = { ...doc, ...stage.run(doc, { referenceDate: null }) };
  const started = performance.now();
  const statements = findStatements.run(doc, { referenceDate: null }).statements ?? [];
  const ms = performance.now() - started;
  return {
    ms,
    attributions: flat(statements, findQuotes(withTypewriterQuotes(doc).text, doc.paragraphs)).map((s) => ({ source: s.speaker ? [s.speaker] : [], cue: [s.cue], content: [s.content] })),
  };
}

const roles: Role[] = ['source', 'cue', 'content'];
const zero = (): Counts => ({ correct: 0, found: 0, predicted: 0, gold: 0 });
const total: Scores = {
  exact: { source: zero(), cue: zero(), content: zero() },
  overlap: { source: zero(), cue: zero(), content: zero() },
  attribution: zero(),
  attributionWithSource: zero(),
};
let articles = 0;
let ms = 0;
let characters = 0;
for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
  if (articles >= limit) break;
  const base = basename(file, '.txt');
  if (half !== undefined && String(halfOf(base)) !== half) continue;
  const ann = annotations.find((a) => a === `${base}.ann` || a.startsWith(`${base}_`));
  if (!ann) continue;
  const text = readFileSync(join(textDir, file), 'utf8');
  const gold = readBratAttributions(readFileSync(join(annDir, ann), 'utf8'));
  const prediction = predict(text);
  const scores = scoreAttributions(text, gold, prediction.attributions);
  if (misses > 0 || examples) collectMisses(text, gold, prediction.attributions);
  for (const role of roles) {
    total.exact[role] = addCounts(total.exact[role], scores.exact[role]);
    total.overlap[role] = addCounts(total.overlap[role], scores.overlap[role]);
  }
  total.attribution = addCounts(total.attribution, scores.attribution);
  total.attributionWithSource = addCounts(total.attributionWithSource, scores.attributionWithSource);
  articles++;
  ms += prediction.ms;
  characters += text.length;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const rows: { measure: string; precision: number; recall: number; f1: number; predicted: number; gold: number }[] = [];
for (const mode of ['overlap', 'exact'] as const) {
  for (const role of roles) rows.push({ measure: `${role} ${mode}`, ...prf(total[mode][role]), predicted: total[mode][role].predicted, gold: total[mode][role].gold });
}
rows.push({ measure: 'attribution (cue+content)', ...prf(total.attribution), predicted: total.attribution.predicted, gold: total.attribution.gold });
rows.push({ measure: 'attribution (+source)', ...prf(total.attributionWithSource), predicted: total.attributionWithSource.predicted, gold: total.attributionWithSource.gold });

console.log(`${articles} articles from ${root}${half !== undefined ? ` (half ${half})` : ''}; findStatements ${(ms / articles).toFixed(2)} ms/article, ${((ms / characters) * 5000).toFixed(2)} ms per 5 KB`);
console.log(`${'measure'.padEnd(28)}     P      R     F1  predicted   gold`);
for (const row of rows) {
  console.log(`${row.measure.padEnd(28)}${pct(row.precision)} ${pct(row.recall)} ${pct(row.f1)} ${String(row.predicted).padStart(10)} ${String(row.gold).padStart(6)}`);
}
if (misses > 0) {
  const top = (map: Map<string, number>): string => [...map].sort((a, b) => b[1] - a[1]).slice(0, misses).map(([key, n]) => `${String(n).padStart(6)}  ${key}`).join('\n');
  console.log(`\nmissed gold cues (${[...missedCues.values()].reduce((a, b) => a + b, 0)}):\n${top(missedCues)}`);
  console.log(`\nmissed constructions:\n${top(missedShapes)}`);
  console.log(`\npredicted cues overlapping no gold cue (${[...spuriousCues.values()].reduce((a, b) => a + b, 0)}):\n${top(spuriousCues)}`);
}
if (out) writeFileSync(out, `${JSON.stringify({ root, articles, msPerArticle: ms / articles, rows }, null, 2)}\n`);
