import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInMemory } from '../support/analyzeInMemory.js';

/**
 * Golden files: the full record of every sample-corpus article, as the
 * project's own readers judged it right. `npm run golden` rewrites them, so
 * the git diff of test/golden/sample-corpus/ is the review of any change in
 * the analysis.
 */
const corpus = 'samples/corpus';
const goldenFolder = 'test/golden/sample-corpus';
const update = process.env.UPDATE_GOLDEN === '1';

function goldenName(source: string): string {
  return `${path.relative(corpus, source).replace(/[/:]/g, '__')}.json`;
}

describe('sample corpus golden files', async () => {
  const { summary, records } = await analyzeInMemory([corpus], path.join(corpus, 'manifest.csv'));

  it('stores every sample article without failures', () => {
    expect(summary.failed).toEqual([]);
    expect(summary.stored.length).toBeGreaterThanOrEqual(10);
  });

  for (const record of records) {
    it(`matches the golden record of ${record.source}`, () => {
      const file = path.join(goldenFolder, goldenName(record.source));
      const actual = `${JSON.stringify(record, null, 2)}\n`;
      if (update) {
        mkdirSync(goldenFolder, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `no golden file ${file}: review the output and run npm run golden`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
