import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzerVersion } from '../../src/analyze/analyzerVersion.js';
import { storyReaderVersion } from '../../src/relate/readMembers.js';

/**
 * A change to any stage must bump its version in the same commit, or stored
 * articles go stale without anyone noticing (reanalyze only redoes articles
 * whose version differs). The golden files are the stages' output on the
 * sample corpus, so this file records, beside them, the versions they were
 * made with and a hash of them: golden output that changed under the same
 * version fails here. `npm run golden` rewrites the goldens first, then this
 * record, and refuses to record a new hash under an old version.
 */
const recordFile = 'test/golden/golden-versions.json';
const update = process.env.UPDATE_GOLDEN === '1';

interface GoldenVersions {
  analyzerVersion: string;
  /** sha256 of the per-article golden records (test/golden/sample-corpus/). */
  articleGoldensHash: string;
  storyReaderVersion: string;
  /** sha256 of the story golden (test/golden/sample-corpus-story.json), which the story reader and the analyzer both shape. */
  storyGoldenHash: string;
}

function hashFiles(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${path.basename(file)}\0${readFileSync(file, 'utf8')}\0`);
  return hash.digest('hex');
}

function current(): GoldenVersions {
  const folder = 'test/golden/sample-corpus';
  const articleFiles = readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(folder, name));
  return {
    analyzerVersion,
    articleGoldensHash: hashFiles(articleFiles),
    storyReaderVersion,
    storyGoldenHash: hashFiles(['test/golden/sample-corpus-story.json']),
  };
}

/** What is wrong with the recorded versions, as one message per problem; empty when the record is current. */
function problems(recorded: GoldenVersions, now: GoldenVersions): string[] {
  const found: string[] = [];
  if (now.articleGoldensHash !== recorded.articleGoldensHash && now.analyzerVersion === recorded.analyzerVersion) {
    found.push(`the per-article golden records changed but analyzerVersion is still '${now.analyzerVersion}': bump it in src/analyze/analyzerVersion.ts, then run npm run golden`);
  }
  const storyChanged = now.storyGoldenHash !== recorded.storyGoldenHash;
  if (storyChanged && now.storyReaderVersion === recorded.storyReaderVersion && now.analyzerVersion === recorded.analyzerVersion) {
    found.push(`the story golden changed but neither storyReaderVersion ('${now.storyReaderVersion}') nor analyzerVersion changed: bump the one whose stage changed, then run npm run golden`);
  }
  return found;
}

describe('golden output and the versions that made it', () => {
  it('bumps a version whenever a golden output changes', () => {
    const now = current();
    const recorded = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as GoldenVersions) : null;
    if (recorded) expect(problems(recorded, now)).toEqual([]);
    if (update) writeFileSync(recordFile, `${JSON.stringify(now, null, 2)}\n`);
    if (!update) expect(recorded, `no ${recordFile}: run npm run golden`).not.toBeNull();
    expect(
      JSON.parse(readFileSync(recordFile, 'utf8')),
      `${recordFile} was made with other versions or goldens than these: run npm run golden`,
    ).toEqual(now);
  });
});
