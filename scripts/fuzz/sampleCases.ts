import { buildCase, families } from './families.js';
import type { FuzzCase } from './fuzzCase.js';

/**
 * A small fixed sample for `npm test`: per family, the first `perFamily`
 * cases (of the first 20) whose files total at most `maxBytes`, so the
 * sample stays quick on a loaded machine and never changes between runs.
 */
export function sampleCases(seed: number, perFamily: number, maxBytes: number): FuzzCase[] {
  return families.flatMap((family) => {
    const picked: FuzzCase[] = [];
    for (let index = 0; index < 20 && picked.length < perFamily; index++) {
      const fuzzCase = buildCase(family, seed, index);
      if (fuzzCase.files.reduce((sum, file) => sum + file.bytes.length, 0) <= maxBytes && !picked.some((p) => kindOf(p) === kindOf(fuzzCase))) picked.push(fuzzCase);
    }
    return picked;
  });
}

/** 'deepHtml/never-closed-33451-6p6yz' -> 'deepHtml/never-closed'. */
const kindOf = (fuzzCase: FuzzCase) => fuzzCase.name.slice(0, fuzzCase.name.lastIndexOf('-')).replace(/-\d+$/, '');
