import { describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { relateStory } from '../../src/usecases/relateStory.js';
import { readStory } from '../../src/usecases/readStory.js';

/*
 * At 100,000 synthetic articles one subject held 201,174 statements and PGlite
 * ran out of memory storing its 237 MB derivation ('out of memory', code
 * 53200), which ended the whole run after every article was stored. Here the
 * real store refuses one subject's derivation the same way.
 */
function refusingDerivationOf(db: Database, subject: string): Database {
  const refusing = (target: Queryable): Queryable => ({
    async query(sql, params) {
      if (/^UPDATE story_subjects SET derived/u.test(sql) && params?.[0] === subject) {
        throw Object.assign(new Error('out of memory\nunnamed portal parameter $2 = \'{"claims":[...'), { code: '53200' });
      }
      return target.query(sql, params);
    },
  });
  return { ...db, ...refusing(db), transaction: (work) => db.transaction((tx) => work(refusing(tx))) };
}

describe('a subject whose derivation the store cannot hold', () => {
  it('fails alone, is reported, and is not tried again until one of its members changes', async () => {
    const db = await openStore('memory://');
    const refusing = refusingDerivationOf(db, 'dren');
    const summary = await analyzeSources(refusing, { paths: ['samples/corpus/text'], manifestPath: 'samples/corpus/manifest.csv', threads: 1 });
    expect(summary.stored.length).toBe(6);
    expect(summary.warnings.find((w) => w.includes("subject 'dren'"))).toMatch(/^the story's subject 'dren' was not related: the store could not hold its derivation \([\d,]+ statements\): out of memory; its claims are left as they were$/u);
    const story = await readStory(db);
    expect(story.claims.some((c) => c.subject === 'dren')).toBe(false);
    expect(story.claims.some((c) => c.subject === 'vantosh')).toBe(true);
    // Not again on the next relate (a worker relates every ten seconds)...
    expect(await relateStory(refusing)).toMatchObject({ derived: 0, failed: [] });
    // ...but once one of its members changes, and then, with a store that holds it, it is related.
    await analyzeSources(db, { paths: ['samples/corpus/html/sorvo-ledger-dren-severely-injured.html'], threads: 1 });
    expect((await readStory(db)).claims.some((c) => c.subject === 'dren')).toBe(true);
    await db.close();
  });
});
