/**
 * Attribution end to end: each PolNeAR .txt read as `corroborate analyze`
 * reads it (readSources, then analyzeArticle: decoding, cleaning, metadata,
 * the whole pipeline with entities), its statements mapped back to the raw
 * file's offsets, and scored as scripts/eval/attribution.ts scores the stage
 * alone on the raw text. The gap between the two is what cleaning and
 * segmentation cost.
 *
 *   npx tsx scripts/eval/attributionThroughAnalyze.ts [PATH] [--limit N] [--half 0|1] [--misses N]
 *
 * --half keeps the articles whose name hashes to that half (tune on one, report both).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { findQuotes } from '../../src/analyze/statements/findQuotes.js';
import { withTypewriterQuotes } from '../../src/analyze/statements/typewriterQuotes.js';
import { readSources, defaultMaxArticleBytes } from '../../src/ingest/readSources.js';
import { alignOffsets } from './alignOffsets.js';
import { readBratAttributions } from './readBratAttributions.js';
import { halfOf } from './polnearHalf.js';
import { addCounts, prf, scoreAttributions, type Counts, type Role, type Scores, type ScoredAttribution } from './scoreAttribution.js';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
const root = positional[0] ?? join(shared, 'data/polnear/data/dev');
const limit = Number(argument('--limit') ?? Infinity);
const half = argument('--half');
const misses = Number(argument('--misses') ?? 0);
const textDir = existsSync(join(root, 'text')) ? join(root, 'text') : root;
const annDir = existsSync(join(root, 'attributions')) ? join(root, 'attributions') : root;
const annotations = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();

const roles: Role[] = ['source', 'cue', 'content'];
const zero = (): Counts => ({ correct: 0, found: 0, predicted: 0, gold: 0 });
const total: Scores = { exact: { source: zero(), cue: zero(), content: zero() }, overlap: { source: zero(), cue: zero(), content: zero() }, attribution: zero(), attributionWithSource: zero() };
const missedGold: string[] = [];
let articles = 0;
let refused = 0;
for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
  if (articles >= limit) break;
  const base = basename(file, '.txt');
  if (half !== undefined && String(halfOf(base)) !== half) continue;
  const ann = annotations.find((a) => a === `${base}.ann` || a.startsWith(`${base}_`));
  if (!ann) continue;
  const raw = readFileSync(join(textDir, file), 'utf8');
  const gold = readBratAttributions(readFileSync(join(annDir, ann), 'utf8'));
  let predicted: ScoredAttribution[] = [];
  for await (const item of readSources([join(textDir, file)], { maxArticleBytes: defaultMaxArticleBytes })) {
    if (!('article' in item)) { refused++; continue; }
    const { document } = analyzeArticle(item.article);
    const toRaw = alignOffsets(document.text, raw);
    const quotes = findQuotes(withTypewriterQuotes(document).text, document.paragraphs);
    // PolNeAR's flat scheme, as the stage-alone script maps it: no statement whose cue is inside quoted words.
    const flat = document.statements.filter((s) => s.rule === 'transcript-turn' || !quotes.some((q) => q.start < s.cue.start && s.cue.end < q.end));
    const span = (s: { start: number; end: number }) => ({ start: toRaw(s.start), end: toRaw(s.end) });
    predicted = flat.map((s) => ({ source: s.speaker ? [span(s.speaker)] : [], cue: [span(s.cue)], content: [span(s.content)] }));
  }
  const scores = scoreAttributions(raw, gold, predicted);
  for (const role of roles) {
    total.exact[role] = addCounts(total.exact[role], scores.exact[role]);
    total.overlap[role] = addCounts(total.overlap[role], scores.overlap[role]);
  }
  total.attribution = addCounts(total.attribution, scores.attribution);
  total.attributionWithSource = addCounts(total.attributionWithSource, scores.attributionWithSource);
  if (misses) {
    for (const g of gold) {
      const hit = predicted.some((p) => p.content.some((x) => g.content.some((y) => x.start < y.end && y.start < x.end)));
      if (!hit && g.content.length) missedGold.push(`${base}: ${raw.slice(g.content[0].start, Math.min(g.content[0].end, g.content[0].start + 140)).replace(/\s+/g, ' ')}`);
    }
  }
  articles++;
}
const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
console.log(`${articles} articles through analyze from ${root}${half !== undefined ? ` (half ${half})` : ''}; ${refused} refused`);
console.log(`${'measure'.padEnd(28)}     P      R     F1  predicted   gold`);
for (const mode of ['overlap', 'exact'] as const) {
  for (const role of roles) {
    const c = total[mode][role];
    const s = prf(c);
    console.log(`${`${role} ${mode}`.padEnd(28)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(c.predicted).padStart(10)} ${String(c.gold).padStart(6)}`);
  }
}
for (const [name, c] of [['attribution (cue+content)', total.attribution], ['attribution (+source)', total.attributionWithSource]] as const) {
  const s = prf(c);
  console.log(`${name.padEnd(28)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(c.predicted).padStart(10)} ${String(c.gold).padStart(6)}`);
}
if (misses) console.log(`\ngold contents no prediction overlaps (first ${misses} of ${missedGold.length}):\n${missedGold.slice(0, misses).join('\n')}`);
