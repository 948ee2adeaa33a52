import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orQueryWords, parseSearchVector, rankOf } from '../../src/relate/check/fullTextIndex.js';
import type { Database } from '../../src/store/Database.js';
import { findCheckCandidates } from '../../src/store/findCheckCandidates.js';
import { candidateQueries, loadSearchVectors } from '../../src/store/loadSearchVectors.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { claimsForIndex, findListCandidates } from '../../src/usecases/findListCandidates.js';

const seeds = join(process.env.CORROBORATE_SHARED ?? '../shared', 'seeds');
const present = existsSync(join(seeds, 'manifest.csv'));

/** Claims of every kind the store's query meets: names, a hyphenated name (a phrase), an apostrophe, only stop words, nothing stored. */
const claims = [
  'Abu Bakr al-Baghdadi was killed in a Russian airstrike', 'Baghdadi fled Mosul', 'Baghdadi is alive', 'The Islamic State leader was injured',
  "Russia's defence ministry said the strike killed 30 commanders", 'the of and', 'The museum returned the stolen painting', 'Raqqa Raqqa Raqqa',
  "O'Neill visited Syria", 'The caliph was wounded in May 2017',
];

describe.skipIf(!present)('candidates for a list, ranked in memory as the store ranks them', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openStore('memory://');
    await analyzeSources(db, { paths: [seeds], manifestPath: join(seeds, 'manifest.csv') });
  }, 120_000);
  afterAll(async () => db.close());

  it('gives each claim the articles and the order the store gives it, for any limit', async () => {
    expect(claims.length).toBeGreaterThanOrEqual(claimsForIndex);
    for (const limit of [3, 100]) {
      const listed = await findListCandidates(db, claims, limit);
      const one = await Promise.all(claims.map((claim) => findCheckCandidates(db, claim, { limit })));
      expect(listed).toEqual(one);
    }
    const some = await findListCandidates(db, claims, 100);
    expect(some[0].length).toBeGreaterThan(3);
    expect(some[5]).toEqual([]);
  });

  it('computes ts_rank to the last bit for every article and claim whose query only ORs words', async () => {
    const queries = await candidateQueries(db, claims);
    const words = queries.map(orQueryWords);
    // plainto_tsquery ANDs a hyphenated name's parts ('al-baghdadi' & 'al' & 'baghdadi'): ORed, they are words like the others.
    expect(words[0]).toContain('al-baghdadi');
    expect(words.every((w) => w !== null)).toBe(true);
    const vectors = await loadSearchVectors(db);
    let compared = 0;
    for (const [i, claim] of claims.entries()) {
      if (!words[i]?.length) continue;
      const rows = await db.query<{ id: string; rank: number }>(
        `SELECT id, ts_rank(search, replace(plainto_tsquery('english', $1)::text, ' & ', ' | ')::tsquery) AS rank FROM articles`, [claim],
      );
      // A real (float4) comes back as its shortest exact decimal ('0.5371525'): read back to single precision, it is the same bits.
      const byId = new Map(rows.map((row) => [row.id, Math.fround(row.rank)]));
      for (const { id, search } of vectors) {
        expect(rankOf(parseSearchVector(search), words[i]!), `${claim} / ${id}`).toBe(byId.get(id));
        compared += 1;
      }
    }
    expect(compared).toBe(vectors.length * (claims.length - 1));
  });

  it('reads the weights and quotes of a vector as PostgreSQL writes it', () => {
    const vector = parseSearchVector("'dren':1A,7B,30 'o''neill':4B 'x'");
    expect(vector.get('dren')).toEqual([1, Math.fround(0.4), Math.fround(0.1)]);
    expect(vector.get("o'neill")).toEqual([Math.fround(0.4)]);
    expect(vector.get('x')).toEqual([Math.fround(0.1)]);
    expect(orQueryWords("'kill' | 'dren' | 'kill'")).toEqual(['dren', 'kill']);
    expect(orQueryWords("'al-baghdadi' <-> 'al' <-> 'baghdadi' | 'kill'")).toBeNull();
  });
});
