import type { Span } from '../../src/analyze/types.js';

/** One attribution as a set of fragments per role; an empty list means the role is absent. */
export interface ScoredAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

export type Role = 'source' | 'cue' | 'content';

export interface Counts {
  /** Predicted spans judged correct / gold spans judged found. */
  correct: number;
  found: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  exact: Record<Role, Counts>;
  overlap: Record<Role, Counts>;
  /** Matched attributions: cue and content overlap; 'withSource' also needs the sources to overlap (or both be absent). */
  attribution: Counts;
  attributionWithSource: Counts;
}

const roles: Role[] = ['source', 'cue', 'content'];

const overlaps = (a: Span[], b: Span[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/**
 * Exact match compares the hull of the fragments after trimming white
 * space, punctuation, quote marks and a leading 'that' at either end, so
 * '“alive and hiding,”' equals 'alive and hiding' and 'that X' equals 'X'.
 */
export function normalizedHull(text: string, fragments: Span[]): string {
  let start = Math.min(...fragments.map((f) => f.start));
  let end = Math.max(...fragments.map((f) => f.end));
  const junk = /[\s.,;:!?"“”‘’'()—–-]/;
  for (;;) {
    const before = [start, end];
    while (start < end && junk.test(text[start])) start++;
    while (end > start && junk.test(text[end - 1])) end--;
    if (/^that\s/i.test(text.slice(start, start + 5))) start += 4;
    if (before[0] === start && before[1] === end) break;
  }
  return `${start}:${end}`;
}

function distinct(text: string, spans: Span[][]): Span[][] {
  const seen = new Map<string, Span[]>();
  for (const span of spans) if (span.length > 0) seen.set(normalizedHull(text, span), span);
  return [...seen.values()];
}

const emptyCounts = (): Counts => ({ correct: 0, found: 0, predicted: 0, gold: 0 });

/**
 * Span scores per role over the distinct spans of each side. Overlap: a
 * predicted span is correct when it shares a character with some gold span
 * of the same role, and a gold span is found when some predicted span shares
 * one with it. Exact: the normalised hulls are equal. Attribution scores pair
 * predicted and gold attributions one to one, first come first served.
 */
export function scoreAttributions(text: string, gold: ScoredAttribution[], predicted: ScoredAttribution[]): Scores {
  const scores: Scores = {
    exact: { source: emptyCounts(), cue: emptyCounts(), content: emptyCounts() },
    overlap: { source: emptyCounts(), cue: emptyCounts(), content: emptyCounts() },
    attribution: emptyCounts(),
    attributionWithSource: emptyCounts(),
  };
  for (const role of roles) {
    const g = distinct(text, gold.map((a) => a[role]));
    const p = distinct(text, predicted.map((a) => a[role]));
    const goldKeys = new Set(g.map((s) => normalizedHull(text, s)));
    const predictedKeys = new Set(p.map((s) => normalizedHull(text, s)));
    const both = [...predictedKeys].filter((k) => goldKeys.has(k)).length;
    scores.exact[role] = { correct: both, found: both, predicted: p.length, gold: g.length };
    scores.overlap[role] = {
      correct: p.filter((s) => g.some((t) => overlaps(s, t))).length,
      found: g.filter((s) => p.some((t) => overlaps(s, t))).length,
      predicted: p.length,
      gold: g.length,
    };
  }
  const pair = (withSource: boolean): Counts => {
    const used = new Set<number>();
    let matched = 0;
    for (const p of predicted) {
      const index = gold.findIndex((g, i) => !used.has(i) && overlaps(p.cue, g.cue) && overlaps(p.content, g.content)
        && (!withSource || (p.source.length === 0 && g.source.length === 0) || overlaps(p.source, g.source)));
      if (index >= 0) {
        used.add(index);
        matched++;
      }
    }
    return { correct: matched, found: matched, predicted: predicted.length, gold: gold.length };
  };
  scores.attribution = pair(false);
  scores.attributionWithSource = pair(true);
  return scores;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { correct: a.correct + b.correct, found: a.found + b.found, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted ? counts.correct / counts.predicted : 0;
  const recall = counts.gold ? counts.found / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
