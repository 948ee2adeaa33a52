/**
 * Trains the attribution tagger (src/analyze/statements/attributionTagger.ts)
 * on PolNeAR train and writes its weights to
 * src/analyze/statements/attributionTaggerModel.json: an averaged
 * perceptron that labels each token of a sentence as source, cue, content
 * or none, left to right with a beam of attributionTagger.ts's width, and
 * is trained with the same search (early update). Only features seen at
 * least --min-count times are kept (words and word pairs, never longer
 * text), and weights below --min-weight hundredths are left out. About
 * 3 minutes; a second run writes the same file byte for byte.
 *
 *   npx tsx scripts/train/trainAttributionTagger.ts [TRAIN] [--epochs 8] [--min-count 3] [--min-weight 300] [--max-violation] [--out FILE]
 *
 * TRAIN defaults to $CORROBORATE_SHARED/data/polnear/data/train. Never run
 * it on dev or test: those measure us.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitSentences } from '../../src/analyze/segment/splitSentences.js';
import { tokenize } from '../../src/analyze/segment/tokenize.js';
import { beamSearch, beamWidth, labelsOf, lastTwo, type Hypothesis, type HypothesisScorer } from '../../src/analyze/statements/attributionTagger.js';
import { findQuotes } from '../../src/analyze/statements/findQuotes.js';
import { partsOfSpeech } from '../../src/analyze/statements/partsOfSpeech.js';
import { sentenceViews } from '../../src/analyze/statements/sentenceView.js';
import { featureName, featuresOf, roleOf, tagContext, tagLabels, type Feature, type TagContext, type TagLabel } from '../../src/analyze/statements/tagFeatures.js';
import { withTypewriterQuotes } from '../../src/analyze/statements/typewriterQuotes.js';
import type { AnalyzedDocument } from '../../src/analyze/types.js';
import { paragraphsOf, readBratAttributions } from '../eval/readBratAttributions.js';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
const root = positional[0] ?? join(shared, 'data/polnear/data/train');
const epochs = argument('--epochs', 8);
const minCount = argument('--min-count', 3);
/** Features whose every averaged weight stays below this (in hundredths) are left out: they hardly change a label. */
const minWeight = argument('--min-weight', 300);
const scale = 100;
/** Update at the prefix where the beam's best beats the gold labelling by most (Huang et al. 2012), not where gold first falls out. */
const maxViolation = process.argv.includes('--max-violation');

interface Example { context: TagContext; gold: TagLabel[] }
const examples: Example[] = [];
const annotations = readdirSync(join(root, 'attributions'));
for (const file of readdirSync(join(root, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const ann = annotations.find((a) => a.startsWith(`${basename(file, '.txt')}_`) || a === `${basename(file, '.txt')}.ann`);
  if (!ann) continue;
  const text = readFileSync(join(root, 'text', file), 'utf8');
  let doc: AnalyzedDocument = { text, paragraphs: paragraphsOf(text), sentences: [], tokens: [], entities: [], times: [], statements: [] };
  for (const stage of [splitSentences, tokenize]) doc = { ...doc, ...stage.run(doc, { referenceDate: null }) };
  doc = withTypewriterQuotes(doc);
  const quotes = findQuotes(doc.text, doc.paragraphs);
  // Per token: the role and the attribution it belongs to, so a new attribution opens a new span.
  const role = new Map<number, { role: string; owner: number }>();
  readBratAttributions(readFileSync(join(root, 'attributions', ann), 'utf8')).forEach((a, owner) => {
    for (const [name, spans] of [['S', a.source], ['C', a.cue], ['K', a.content]] as const) {
      for (const span of spans) {
        for (const token of doc.tokens) if (token.start < span.end && span.start < token.end && !role.has(token.start)) role.set(token.start, { role: name, owner });
      }
    }
  });
  for (const view of sentenceViews(doc)) {
    const gold = view.tokens.map((token, i): TagLabel => {
      const here = role.get(token.start);
      if (!here) return 'O';
      const before = i > 0 ? role.get(view.tokens[i - 1].start) : undefined;
      const continues = before && before.role === here.role && before.owner === here.owner;
      return `${continues ? 'I' : 'B'}-${here.role}` as TagLabel;
    });
    examples.push({ context: tagContext(view.tokens, quotes, view.kind === 'title', partsOfSpeech(doc.text, view.tokens)), gold });
  }
}

// Features seen often enough, counted with the gold labels as history.
// Features are keyed by number while training (template and atom ids), as the stage does, which is several times faster than by name.
const atoms = new Map<string, number>();
const atomOf = (atom: string): number => {
  let id = atoms.get(atom);
  if (id === undefined) atoms.set(atom, (id = atoms.size + 1));
  return id;
};
const keyOf = ([t, a, b]: Feature): number => (t * 2 ** 24 + atomOf(a)) * 2 ** 24 + (b ? atomOf(b) : 0);
const names = new Map<number, string>();
const counts = new Map<number, number>();
for (const { context, gold } of examples) {
  let cueBefore = false;
  let sourceBefore = false;
  for (let i = 0; i < gold.length; i++) {
    for (const f of featuresOf(context, i, gold, cueBefore, sourceBefore)) {
      const key = keyOf(f);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n === minCount) names.set(key, featureName(f));
    }
    cueBefore ||= roleOf(gold[i]) === 'C';
    sourceBefore ||= roleOf(gold[i]) === 'S';
  }
}
const weights = new Map<number, Float64Array>();
for (const [feature, n] of counts) if (n >= minCount) weights.set(feature, new Float64Array(2 * tagLabels.length));
console.log(`${examples.length} sentences, ${weights.size} features of ${counts.size}`);

// Averaged perceptron: w holds the weights, the second half step-weighted updates, so the average is w - acc / steps.
// Each sentence is searched as the stage searches it, with the same beam; once the gold labelling falls out of the
// beam (or at the end, if it is not first), the weights move toward the gold prefix and away from the best one
// (early update, Collins and Roark 2004): a greedy update would train a model for a search the stage no longer runs.
const labelIndex = new Map(tagLabels.map((label, c) => [label, c]));
const scoreFeatures = (features: readonly Feature[], scores: Float64Array): void => {
  for (const f of features) {
    const w = weights.get(keyOf(f));
    if (w) for (let c = 0; c < tagLabels.length; c++) scores[c] += w[c];
  }
};
/** Adds `delta` to each feature of the labelling's first `length` tokens at its label. */
function update(context: TagContext, labels: readonly number[], length: number, delta: number): void {
  const named = labels.map((c) => tagLabels[c]);
  let cueBefore = false;
  let sourceBefore = false;
  for (let i = 0; i < length; i++) {
    for (const f of featuresOf(context, i, named, cueBefore, sourceBefore)) {
      const w = weights.get(keyOf(f));
      if (!w) continue;
      w[labels[i]] += delta;
      w[tagLabels.length + labels[i]] += delta * step;
    }
    cueBefore ||= roleOf(named[i]) === 'C';
    sourceBefore ||= roleOf(named[i]) === 'S';
  }
}
let step = 1;
let seed = 7;
const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
for (let epoch = 1; epoch <= epochs; epoch++) {
  const order = examples.map((_, i) => i).sort(() => random() - 0.5);
  let errors = 0;
  for (const index of order) {
    const { context, gold } = examples[index];
    const truth = gold.map((label) => labelIndex.get(label) ?? 0);
    const scoreHypothesis: HypothesisScorer = (i, h, scores) => {
      // featuresOf reads the two labels before token i only.
      const [last, beforeLast] = lastTwo(h);
      const previous: TagLabel[] = [];
      if (last >= 0) previous[i - 1] = tagLabels[last];
      if (beforeLast >= 0) previous[i - 2] = tagLabels[beforeLast];
      scoreFeatures(featuresOf(context, i, previous, h.cueBefore, h.sourceBefore), scores);
    };
    let correction: { length: number; best: readonly number[] } | undefined;
    if (maxViolation) {
      // The gold prefix's score at each token, then the prefix where the beam's best beats it by most.
      const goldScores: number[] = [];
      const scores = new Float64Array(tagLabels.length);
      let total = 0;
      let cueBefore = false;
      let sourceBefore = false;
      for (let i = 0; i < gold.length; i++) {
        scores.fill(0);
        scoreFeatures(featuresOf(context, i, gold, cueBefore, sourceBefore), scores);
        total += scores[truth[i]];
        goldScores.push(total);
        cueBefore ||= roleOf(gold[i]) === 'C';
        sourceBefore ||= roleOf(gold[i]) === 'S';
      }
      let worst = 0;
      beamSearch(gold.length, beamWidth, scoreHypothesis, (i, kept) => {
        const top = labelsOf(kept[0]);
        const violation = kept[0].score - goldScores[i];
        if (top.some((c, k) => c !== truth[k]) && violation >= worst) {
          worst = violation;
          correction = { length: i + 1, best: top };
        }
        return true;
      });
    } else {
      let fellOut = -1;
      // The hypotheses that are the gold labelling so far: a kept one is gold when its label is and its parent was.
      let goldSoFar = new Set<Hypothesis | null>([null]);
      const beam = beamSearch(gold.length, beamWidth, scoreHypothesis, (i, kept) => {
        goldSoFar = new Set(kept.filter((h) => h.label === truth[i] && (i === 0 || goldSoFar.has(h.parent))));
        if (goldSoFar.size > 0) return true;
        fellOut = i;
        return false;
      });
      const best = labelsOf(beam[0]);
      if (fellOut >= 0 || best.some((c, k) => c !== truth[k])) correction = { length: fellOut >= 0 ? fellOut + 1 : gold.length, best };
    }
    if (correction) {
      errors++;
      update(context, truth, correction.length, 1);
      update(context, correction.best, correction.length, -1);
    }
    step++;
  }
  console.log(`epoch ${epoch}: ${((100 * errors) / examples.length).toFixed(2)}% of sentences updated`);
}

const out: Record<string, number[]> = {};
for (const [feature, w] of [...weights].map(([key, w]) => [names.get(key) ?? '', w] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const averaged = tagLabels.map((_, c) => Math.round(scale * (w[c] - w[tagLabels.length + c] / step)));
  if (averaged.some((x) => Math.abs(x) >= minWeight)) out[feature] = averaged;
}
const json = `{"scale":${scale},"weights":{\n${Object.entries(out).map(([f, w]) => `${JSON.stringify(f)}:[${w.join(',')}]`).join(',\n')}\n}}\n`;
const outIndex = process.argv.indexOf('--out');
writeFileSync(outIndex >= 0 ? process.argv[outIndex + 1] : new URL('../../src/analyze/statements/attributionTaggerModel.json', import.meta.url), json);
console.log(`${Object.keys(out).length} features written`);
