// TempEval-3 scoring of time expressions: strict and relaxed (overlap) span
// precision/recall/F1, type and value accuracy over relaxed matches, and value
// F1 counting a system expression right when it overlaps a gold one with the
// same value.
//
// The official scorer (TempEval-3 toolkit, evaluation-entities/
// evaluate_entities.py) reports 'Attribute F1 / Value' as value accuracy over
// the relaxed matches times relaxed F1. With m matches, v of them with the
// right value: accuracy v/m times F1 2m/(sys+gold) is 2v/(sys+gold), the F1 of
// the matched pairs with the right value, so both value F1 columns agree.

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface TimexScores {
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  /** Relaxed-span F1 times value accuracy, as TempEval-3 reports it. */
  valueF1Product: number;
  /** Precision and recall of (overlapping, same value) pairs. */
  valueF1: number;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 });

/**
 * Pairs each gold expression with at most one system expression: an exact
 * span first, else the overlapping one sharing most characters.
 */
export function countDocument(gold: ScoredTimex[], system: ScoredTimex[]): TimexCounts {
  const counts = { ...emptyCounts(), gold: gold.length, system: system.length };
  const used = new Set<number>();
  const pairs: [ScoredTimex, ScoredTimex][] = [];
  const pending: ScoredTimex[] = [];
  for (const g of gold) {
    const exact = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    if (exact >= 0) {
      used.add(exact);
      counts.strict++;
      pairs.push([g, system[exact]]);
    } else pending.push(g);
  }
  for (const g of pending) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      const overlap = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      if (!used.has(i) && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, system[best]]);
    }
  }
  counts.relaxed = pairs.length;
  counts.typeCorrect = pairs.filter(([g, s]) => g.type === s.type).length;
  counts.valueCorrect = pairs.filter(([g, s]) => g.value === s.value).length;
  return counts;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed,
    typeCorrect: a.typeCorrect + b.typeCorrect, valueCorrect: a.valueCorrect + b.valueCorrect,
  };
}

function prf(correct: number, system: number, gold: number): { p: number; r: number; f1: number } {
  const p = system ? correct / system : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreCounts(c: TimexCounts): TimexScores {
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const valueAccuracy = c.relaxed ? c.valueCorrect / c.relaxed : 0;
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed,
    typeAccuracy: c.relaxed ? c.typeCorrect / c.relaxed : 0,
    valueAccuracy,
    valueF1Product: relaxed.f1 * valueAccuracy,
    valueF1: prf(c.valueCorrect, c.system, c.gold).f1,
  };
}
