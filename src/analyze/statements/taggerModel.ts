import model from './attributionTaggerModel.json' with { type: 'json' };
import { roleOf, tagLabels, templates, type Feature, type TagContext } from './tagFeatures.js';

/**
 * Averaged-perceptron weights written by scripts/train/trainAttributionTagger.ts:
 * per feature ('p1w=trump said'), one integer per label in tagLabels order.
 */
export interface TaggerModel {
  scale: number;
  weights: Record<string, number[]>;
}

/** Adds the weights of the features to scores, one per label. */
export type Scorer = (features: readonly Feature[], scores: Float64Array) => void;

/*
 * The trained weights sit in one flat array, found through an
 * open-addressing table keyed by numbers: each atom of a feature ('trump',
 * 'said', 'B-C') gets an id, and a feature's key is its template with its
 * first atom, and its second atom. Looking features up by string (or in a
 * Map with keys past 2^31) costs several times more, since every feature
 * string is new and must be hashed.
 */
const atomIds = new Map<string, number>();
const atomId = (atom: string): number => {
  let id = atomIds.get(atom);
  if (id === undefined) atomIds.set(atom, (id = atomIds.size + 1));
  return id;
};
const entries = Object.entries((model as TaggerModel).weights);
const labelCount = tagLabels.length;
/** Per slot: the key (high, low) and the label weights, side by side so one lookup touches one place in memory. */
const stride = 2 + labelCount;
const slotBits = Math.ceil(Math.log2(entries.length * 2 + 2));
const slotMask = (1 << slotBits) - 1;
const table = new Int32Array((1 << slotBits) * stride);
const slotOf = (high: number, low: number): number => (Math.imul(high, 0x9e3779b1) ^ Math.imul(low + 0x7f4a7c15, 0x85ebca77)) >>> (32 - slotBits);

/** The slot holding the key, or the empty one (high 0) where it would go; every stored key has a high part above 0. */
function findSlot(high: number, low: number): number {
  let slot = slotOf(high, low);
  while (table[slot * stride] !== 0 && (table[slot * stride] !== high || table[slot * stride + 1] !== low)) slot = (slot + 1) & slotMask;
  return slot * stride;
}

for (const [name, w] of entries) {
  const equals = name.indexOf('=');
  const [a, b = ''] = name.slice(equals + 1).split(' ');
  const high = templates.indexOf(name.slice(0, equals) as (typeof templates)[number]) * (1 << 24) + atomId(a);
  const low = b ? atomId(b) : 0;
  const at = findSlot(high, low);
  table[at] = high;
  table[at + 1] = low;
  table.set(w, at + 2);
}

/** The trained weights of features given by name, as training scores them; the stage uses addModelScores. */
export const modelScorer: Scorer = (features, scores) => {
  for (const [template, a, b] of features) {
    const idA = atomIds.get(a);
    const idB = b ? atomIds.get(b) : 0;
    if (idA === undefined || idB === undefined) continue;
    const at = findSlot(template * (1 << 24) + idA, idB);
    if (table[at] === 0) continue;
    for (let c = 0; c < labelCount; c++) scores[c] += table[at + 2 + c];
  }
};

const idOf = (atom: string): number => atomIds.get(atom) ?? 0;
const labelIds = tagLabels.map(idOf);
const roleIds = tagLabels.map((label) => idOf(roleOf(label)));
const start = idOf('<s>');
const startRole = idOf(roleOf('<s>'));
const end = idOf('</s>');
const empty = idOf('');
const flags = [idOf('0'), idOf('1')];
const flagPairs = ['00', '01', '10', '11'].map(idOf);
const positions = ['0', '1', '2', '3'].map(idOf);
const quotedPairIds = new Map(['00', '01', '10', '11', '0</s>', '1</s>'].map((pair) => [pair, idOf(pair)]));

/** A sentence's atoms as model ids (0 for an atom the model never saw), looked up once per token. */
export interface SentenceIds {
  words: number[];
  endings3: number[];
  endings2: number[];
  shapes: number[];
  quoted: number[];
  quotedPairs: number[];
  title: number;
  classes: number[];
  lemmas: number[];
  speechAfter: number[];
  speechBefore: number[];
  pos: number[];
}

export function sentenceIds(context: TagContext): SentenceIds {
  const { words, quoted } = context;
  return {
    words: words.map(idOf),
    endings3: words.map((w) => idOf(w.slice(-3))),
    endings2: words.map((w) => idOf(w.slice(-2))),
    shapes: context.shapes.map(idOf),
    quoted: quoted.map(idOf),
    quotedPairs: quoted.map((q, i) => quotedPairIds.get(`${q}${i + 1 < quoted.length ? quoted[i + 1] : '</s>'}`) ?? 0),
    title: idOf(context.title),
    classes: context.classes.map(idOf),
    lemmas: context.lemmas.map(idOf),
    speechAfter: context.speechAfter.map(idOf),
    speechBefore: context.speechBefore.map(idOf),
    pos: context.pos.map(idOf),
  };
}

function addOne(scores: Float64Array, template: number, a: number): void {
  if (a === 0) return;
  const at = findSlot(template * (1 << 24) + a, 0);
  if (table[at] !== 0) for (let c = 0; c < labelCount; c++) scores[c] += table[at + 2 + c];
}

function addTwo(scores: Float64Array, template: number, a: number, b: number): void {
  if (a === 0 || b === 0) return;
  const at = findSlot(template * (1 << 24) + a, b);
  if (table[at] !== 0) for (let c = 0; c < labelCount; c++) scores[c] += table[at + 2 + c];
}

/**
 * The same features as featuresOf (tagFeatures.ts), template by template,
 * built from ids instead of strings; test/statements/attributionTagger.test.ts
 * checks that both score alike. `previous` holds label indexes.
 */
export function addModelScores(ids: SentenceIds, i: number, previous: readonly number[], cueBefore: boolean, sourceBefore: boolean, scores: Float64Array): void {
  addWordScores(ids, i, scores);
  addHistoryScores(ids, i, i > 0 ? previous[i - 1] : -1, i > 1 ? previous[i - 2] : -1, cueBefore, sourceBefore, scores);
}

/** The features that read only the sentence's words: the same for every labelling the beam keeps, so scored once per token. */
export function addWordScores(ids: SentenceIds, i: number, scores: Float64Array): void {
  const { words } = ids;
  const n = words.length;
  const w = words[i];
  const p1 = i > 0 ? words[i - 1] : start;
  const n1 = i + 1 < n ? words[i + 1] : end;
  addOne(scores, 0, empty);
  addOne(scores, 1, w);
  addOne(scores, 2, p1);
  addOne(scores, 3, n1);
  addTwo(scores, 4, p1, w);
  addTwo(scores, 5, w, n1);
  addOne(scores, 6, ids.endings3[i]);
  addOne(scores, 7, ids.endings2[i]);
  addOne(scores, 8, ids.shapes[i]);
  addOne(scores, 9, i > 0 ? ids.shapes[i - 1] : start);
  addTwo(scores, 10, i > 0 ? ids.quoted[i - 1] : start, ids.quotedPairs[i]);
  addOne(scores, 17, positions[i === 0 ? 0 : i < 3 ? 1 : i < 8 ? 2 : 3]);
  addOne(scores, 18, ids.title);
  const c = ids.classes[i];
  addOne(scores, 19, c);
  addTwo(scores, 20, i > 0 ? ids.classes[i - 1] : start, c);
  addTwo(scores, 21, c, i + 1 < n ? ids.classes[i + 1] : end);
  addOne(scores, 22, ids.lemmas[i]);
  addTwo(scores, 23, ids.lemmas[i], n1);
  addOne(scores, 25, i > 1 ? words[i - 2] : start);
  addOne(scores, 26, i + 2 < n ? words[i + 2] : end);
  addOne(scores, 27, i + 2 < n ? ids.classes[i + 2] : end);
  addOne(scores, 28, i > 1 ? ids.classes[i - 2] : start);
  addOne(scores, 29, ids.speechAfter[i]);
  addOne(scores, 30, ids.speechBefore[i]);
  const u = ids.pos[i];
  addOne(scores, 32, u);
  addTwo(scores, 33, i > 0 ? ids.pos[i - 1] : start, u);
  addTwo(scores, 34, u, i + 1 < n ? ids.pos[i + 1] : end);
}

/** The features that read the labels of the two tokens before token i (label indexes, -1 before the sentence). */
export function addHistoryScores(ids: SentenceIds, i: number, last: number, beforeLast: number, cueBefore: boolean, sourceBefore: boolean, scores: Float64Array): void {
  const { words } = ids;
  const n = words.length;
  const w = words[i];
  const n1 = i + 1 < n ? words[i + 1] : end;
  const t1 = last >= 0 ? labelIds[last] : start;
  const t2 = beforeLast >= 0 ? labelIds[beforeLast] : start;
  const role1 = last >= 0 ? roleIds[last] : startRole;
  addOne(scores, 11, t1);
  addTwo(scores, 12, t2, t1);
  addTwo(scores, 13, t1, w);
  addTwo(scores, 14, role1, n1);
  addTwo(scores, 15, flagPairs[(cueBefore ? 2 : 0) + (sourceBefore ? 1 : 0)], role1);
  addTwo(scores, 16, flags[cueBefore ? 1 : 0], w);
  addTwo(scores, 24, ids.classes[i], t1);
  addTwo(scores, 31, ids.speechAfter[i], t1);
  addTwo(scores, 35, ids.pos[i], t1);
}
