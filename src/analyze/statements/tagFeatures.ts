import type { Span, Token } from '../types.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { speechClasses, verbLemma, wordClass } from './wordClass.js';

/**
 * The labels of the attribution tagger, one per token as PolNeAR writes
 * them (each word is source, cue, content or none): B- opens a span, I-
 * continues it. 'Sanders blasted the deal' is B-S B-C B-K I-K.
 */
export const tagLabels = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-K', 'I-K'] as const;
export type TagLabel = (typeof tagLabels)[number];

/** What the features of one sentence read besides the labels: each token lower-cased, its ending and shape, whether quoted. */
export interface TagContext {
  words: readonly string[];

  shapes: readonly string[];
  /** '1' when the token lies inside double quotes (the marks themselves included). */
  quoted: readonly string[];
  title: string;
  /** WordNet's class of each word read as a verb ('urged' -> 'v32'), '-' for none: cue words follow a long tail, their classes do not. */
  classes: readonly string[];
  /** The verb lemma of each word ('urged' -> 'urge'), '-' for none, so 'says', 'said' and 'saying' share their weights. */
  lemmas: readonly string[];
  /** How far the nearest word of speech lies after each word ('1', '2', '3', '4-7', 'far'), and before it: a greedy tagger's look ahead. */
  speechAfter: readonly string[];
  speechBefore: readonly string[];
  /** wink-nlp's universal part of speech of each word ('VERB', 'PROPN'), 'X' for none: the shape of a clause around a cue word never seen. */
  pos: readonly string[];
}

const distanceBucket = (d: number): string => (d <= 3 ? String(d) : d <= 7 ? '4-7' : 'far');

/** Per word, the bucketed distance to the nearest speech word in one direction. */
function speechDistances(isSpeech: readonly boolean[], step: 1 | -1): string[] {
  const out = new Array<string>(isSpeech.length);
  let last = -1;
  for (let k = 0; k < isSpeech.length; k++) {
    const i = step === 1 ? isSpeech.length - 1 - k : k;
    out[i] = last < 0 ? 'far' : distanceBucket(Math.abs(last - i));
    if (isSpeech[i]) last = i;
  }
  return out;
}

/** 'Trump' -> 'Xx', 'said' -> 'x', '2016' -> 'd', ',' -> ','. */
function shapeOf(text: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(text)) return 'XX';
  if (/^\p{Lu}/u.test(text)) return 'Xx';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\p{N}/u.test(text)) return 'd';
  return text;
}

/** '1' for each token inside a quote, '0' elsewhere; quotes and tokens are both in text order. */
function quotedFlags(tokens: readonly Token[], quotes: readonly Span[]): string[] {
  let q = 0;
  return tokens.map((t) => {
    while (q < quotes.length && quotes[q].end < t.end) q++;
    return q < quotes.length && quotes[q].start <= t.start ? '1' : '0';
  });
}

/** The parts of the features computed once per sentence, so each string is made (and hashed) once. */
export function tagContext(tokens: readonly Token[], quotes: readonly Span[], title: boolean, pos: readonly string[] = tokens.map(() => 'X')): TagContext {
  const classes = tokens.map((t) => wordClass(t.text.toLowerCase()) || '-');
  const speech = tokens.map((t, i) => speechClasses.has(classes[i]) || reportingVerbForms.has(t.text.toLowerCase()));
  return {
    words: tokens.map((t) => t.text.toLowerCase()),
    shapes: tokens.map((t) => shapeOf(t.text)),
    quoted: quotedFlags(tokens, quotes),
    title: title ? '1' : '0',
    classes,
    lemmas: tokens.map((t) => verbLemma(t.text.toLowerCase()) ?? '-'),
    speechAfter: speechDistances(speech, 1),
    speechBefore: speechDistances(speech, -1),
    pos,
  };
}

/** Feature templates; a feature is a template with one or two atoms: ['p1w', 'trump', 'said']. */
export const templates = ['b', 'w', 'p1', 'n1', 'p1w', 'wn1', 's3', 's2', 'sh', 'psh', 'q', 't1', 't12', 't1w', 't1n', 'cs', 'cw', 'pos', 'ti', 'c', 'cp1', 'cn1', 'l', 'ln1', 'ct1', 'p2', 'n2', 'cn2', 'cp2', 'sa', 'sb', 'sat1', 'u', 'up1', 'un1', 'ut1'] as const;
export type Feature = [template: number, a: string, b: string];

const at = (list: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= list.length ? '</s>' : list[i]);

/** 'p1w=trump said': how a feature is written in the model file. */
export const featureName = ([t, a, b]: Feature): string => `${templates[t]}=${a}${b ? ` ${b}` : ''}`;

/**
 * The features of token i given the labels already chosen before it
 * (the tagger reads left to right): the word and its neighbours two
 * either side, its ending and shape, whether it is quoted, the two labels
 * before it, and whether the sentence already has a cue or a source; the
 * WordNet class and verb lemma of it and its neighbours, and how far the
 * nearest word of speech lies on each side. Word features carry no more
 * text than two words side by side.
 */
export function featuresOf(context: TagContext, i: number, previous: readonly TagLabel[], cueBefore: boolean, sourceBefore: boolean): Feature[] {
  const { words, shapes, quoted } = context;
  const w = words[i];
  const p1 = at(words, i - 1);
  const n1 = at(words, i + 1);
  const t1 = previous[i - 1] ?? '<s>';
  const t2 = previous[i - 2] ?? '<s>';
  const role1 = roleOf(t1);
  const cue = cueBefore ? '1' : '0';
  return [
    [0, '', ''],
    [1, w, ''],
    [2, p1, ''],
    [3, n1, ''],
    [4, p1, w],
    [5, w, n1],
    [6, w.slice(-3), ''],
    [7, w.slice(-2), ''],
    [8, shapes[i], ''],
    [9, at(shapes, i - 1), ''],
    [10, at(quoted, i - 1), `${quoted[i]}${at(quoted, i + 1)}`],
    [11, t1, ''],
    [12, t2, t1],
    [13, t1, w],
    [14, role1, n1],
    [15, `${cue}${sourceBefore ? 1 : 0}`, role1],
    [16, cue, w],
    [17, i === 0 ? '0' : i < 3 ? '1' : i < 8 ? '2' : '3', ''],
    [18, context.title, ''],
    [19, context.classes[i], ''],
    [20, at(context.classes, i - 1), context.classes[i]],
    [21, context.classes[i], at(context.classes, i + 1)],
    [22, context.lemmas[i], ''],
    [23, context.lemmas[i], n1],
    [24, context.classes[i], t1],
    [25, at(words, i - 2), ''],
    [26, at(words, i + 2), ''],
    [27, at(context.classes, i + 2), ''],
    [28, at(context.classes, i - 2), ''],
    [29, context.speechAfter[i], ''],
    [30, context.speechBefore[i], ''],
    [31, context.speechAfter[i], t1],
    [32, context.pos[i], ''],
    [33, at(context.pos, i - 1), context.pos[i]],
    [34, context.pos[i], at(context.pos, i + 1)],
    [35, context.pos[i], t1],
  ];
}

/** 'B-C' -> 'C', 'O' -> 'O'. */
export const roleOf = (label: string): string => label.slice(-1);
