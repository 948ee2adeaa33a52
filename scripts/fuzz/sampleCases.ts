import { buildCase, families } from './families.js';
import type { FuzzCase } from './fuzzCase.js';

/**
 * A small fixed sample for `npm test`: per family, the `perFamily` smallest
 * cases of different kinds among its first 20 (none above `maxBytes`), so the sample stays quick on
 * a loaded machine and never changes between runs.
 */
export function sampleCases(seed: number, perFamily: number, maxBytes: number): FuzzCase[] {
  return families.flatMap((family) => {
    const candidates = Array.from({ length: 20 }, (_, index) => buildCase(family, seed, index))
      .filter((fuzzCase) => sizeOf(fuzzCase) <= maxBytes)
      .sort((a, b) => sizeOf(a) - sizeOf(b));
    const picked: FuzzCase[] = [];
    for (const fuzzCase of candidates) {
      if (picked.length < perFamily && !picked.some((p) => kindOf(p) === kindOf(fuzzCase))) picked.push(fuzzCase);
    }
    return picked;
  });
}

const sizeOf = (fuzzCase: FuzzCase) => fuzzCase.files.reduce((sum, file) => sum + file.bytes.length, 0);

/** 'deepHtml/never-closed-33451-6p6yz' -> 'deepHtml/never-closed'. */
const kindOf = (fuzzCase: FuzzCase) => fuzzCase.name.slice(0, fuzzCase.name.lastIndexOf('-')).replace(/-\d+$/, '');
