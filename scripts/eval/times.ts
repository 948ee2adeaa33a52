// Measures the times stage on TempEval-3 TimeML (TimeBank, AQUAINT):
//   npx tsx scripts/eval/times.ts [PATH] [--out scores.json] [--errors N]
// PATH defaults to $CORROBORATE_SHARED/data/tempeval3/TBAQ-cleaned; each
// sub-folder with .tml files (TimeML) or .xml files (MEANTIME, e.g.
// data/meantime/intra_cross-doc_annotation) is a sub-corpus. Only the times
// stage runs, over the document text, with the creation time as the
// reference date.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findTimes } from '../../src/analyze/times/findTimes.js';
import type { Paragraph } from '../../src/analyze/types.js';
import { readMeantime } from './readMeantime.js';
import { blankLineParagraphs, readTimeML } from './readTimeML.js';
import { addCounts, countDocument, emptyCounts, scoreCounts, type TimexCounts } from './scoreTimes.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const root = positional[0] ?? join(process.env.CORROBORATE_SHARED ?? '../shared', 'data/tempeval3/TBAQ-cleaned');
const showErrors = Number(option('--errors') ?? 0);

function corpora(path: string): [string, string[]][] {
  const tml = (dir: string) => readdirSync(dir).filter((f) => /\.(tml|xml)$/.test(f)).map((f) => join(dir, f));
  const here = tml(path);
  if (here.length) return [[basename(path), here]];
  const all = readdirSync(path)
    .filter((d) => statSync(join(path, d)).isDirectory())
    .map((d): [string, string[]] => [d, tml(join(path, d))])
    .filter(([, files]) => files.length > 0);
  // TBAQ-cleaned/testpipeline holds a copy of one TimeBank file; a folder of copies is not a corpus.
  return all.filter(([name, files]) => !files.every((f) => all.some(([other, o]) => other !== name && o.some((x) => basename(x) === basename(f)))));
}

const results: Record<string, ReturnType<typeof scoreCounts> & { documents: number; counts: TimexCounts }> = {};
const errors: string[] = [];
let total = emptyCounts();
let documents = 0;
let stageMs = 0;
for (const [name, files] of corpora(root)) {
  let counts = emptyCounts();
  for (const file of files) {
    const doc = file.endsWith('.xml') ? readMeantime(readFileSync(file, 'utf8')) : readTimeML(readFileSync(file, 'utf8'));
    const paragraphs: Paragraph[] = blankLineParagraphs(doc.text).map((p) => ({ ...p, kind: 'body' }));
    const started = performance.now();
    const { times = [] } = findTimes.run(
      { text: doc.text, paragraphs, sentences: [], tokens: [], entities: [], times: [], statements: [] },
      { referenceDate: doc.dct },
    );
    stageMs += performance.now() - started;
    counts = addCounts(counts, countDocument(doc.timexes, times));
    if (showErrors) errors.push(...describeErrors(basename(file), doc.dct, doc.timexes, times));
  }
  results[name] = { ...scoreCounts(counts), documents: files.length, counts };
  total = addCounts(total, counts);
  documents += files.length;
}
results.all = { ...scoreCounts(total), documents, counts: total };

interface Described {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string;
  how?: { rule: string };
}

function describeErrors(file: string, dct: string | null, gold: Described[], system: Described[]): string[] {
  const out: string[] = [];
  for (const g of gold) {
    const s = system.find((x) => x.start < g.end && g.start < x.end);
    if (!s) out.push(`MISS  ${file} ${dct} ${JSON.stringify(g.text)} ${g.type} ${g.value}`);
    else if (s.value !== g.value || s.start !== g.start || s.end !== g.end) out.push(`DIFF  ${file} ${dct} ${JSON.stringify(g.text)} ${g.type} ${g.value} <> ${JSON.stringify(s.text)} ${s.type} ${s.value} [${s.how?.rule}]`);
  }
  for (const s of system) if (!gold.some((g) => s.start < g.end && g.start < s.end)) out.push(`EXTRA ${file} ${dct} ${JSON.stringify(s.text)} ${s.type} ${s.value} [${s.how?.rule}]`);
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
console.log('corpus      docs  gold   sys | strict P     R    F1 | relaxed P    R    F1 | type acc  value acc | value F1 (acc x F1, pairs)');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(10)} ${String(r.documents).padStart(5)} ${String(r.counts.gold).padStart(5)} ${String(r.counts.system).padStart(5)} |` +
      `${pct(r.strict.p)}${pct(r.strict.r)}${pct(r.strict.f1)} |${pct(r.relaxed.p)}${pct(r.relaxed.r)}${pct(r.relaxed.f1)} |` +
      `${pct(r.typeAccuracy)}   ${pct(r.valueAccuracy)}   |${pct(r.valueF1Product)}${pct(r.valueF1)}`,
  );
}
console.log(`times stage: ${(stageMs / documents).toFixed(2)} ms per document`);
if (showErrors) console.log(errors.slice(0, showErrors).join('\n'));
const out = option('--out');
if (out) writeFileSync(out, JSON.stringify(results, null, 2));
