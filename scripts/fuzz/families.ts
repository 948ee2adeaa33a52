import { adversarialSentences } from './adversarialSentences.js';
import { binaryFiles } from './binaryFiles.js';
import { deepHtml } from './deepHtml.js';
import { entityFloods } from './entityFloods.js';
import type { Family, FuzzCase } from './fuzzCase.js';
import { hostileFileNames } from './hostileFileNames.js';
import { hostileJsonl } from './hostileJsonl.js';
import { hostileManifests } from './hostileManifests.js';
import { hugeLines } from './hugeLines.js';
import { malformedEncodings } from './malformedEncodings.js';
import { caseSeed, seededRandom } from './random.js';

/** Every generator family, cheapest first, so a short run still visits each. */
export const families: readonly Family[] = [
  malformedEncodings,
  binaryFiles,
  hostileJsonl,
  hostileManifests,
  hostileFileNames,
  entityFloods,
  deepHtml,
  hugeLines,
  adversarialSentences,
];

export function familyNamed(name: string): Family {
  const family = families.find((candidate) => candidate.name === name);
  if (!family) throw new Error(`no fuzz family "${name}"; expected one of ${families.map((f) => f.name).join(', ')}`);
  return family;
}

/**
 * Case `index` of a family under a run seed: kinds in turn, each drawn from
 * its own seeded source, so `buildCase(family, seed, index)` is the same case
 * in the runner, in the upload child process and in the sample test.
 */
export function buildCase(family: Family, runSeed: number, index: number): FuzzCase {
  const random = seededRandom(caseSeed(runSeed, family.name, index));
  const token = random.token();
  const made = family.kinds[index % family.kinds.length](random, token);
  const files = made.files.map((file) => (file.path.includes(token) ? file : { ...file, path: withToken(file.path, token) }));
  return {
    name: `${family.name}/${made.kind}-${token}`,
    token,
    files,
    ...(made.manifest ? { manifest: made.manifest } : {}),
    expectedItems: files.reduce((sum, file) => sum + itemsIn(file.path, file.bytes), 0),
  };
}

/** 'feed.jsonl' -> 'feed-k3f9a.jsonl'. */
function withToken(filePath: string, token: string): string {
  const dot = filePath.lastIndexOf('.');
  return dot > filePath.lastIndexOf('/') ? `${filePath.slice(0, dot)}-${token}${filePath.slice(dot)}` : `${filePath}-${token}`;
}

/** A JSONL file is one item per non-blank line; any other file is one item. */
function itemsIn(filePath: string, bytes: Uint8Array): number {
  if (!/\.(jsonl|ndjson)$/i.test(filePath)) return 1;
  return Buffer.from(bytes).toString('utf8').split('\n').filter((line) => line.trim()).length;
}
