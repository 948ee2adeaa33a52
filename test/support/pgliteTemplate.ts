import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initialiseElsewhere } from '../../src/store/openPglite.js';

/**
 * vitest's global setup: one empty embedded store folder made by PGlite's initdb, which every
 * store the tests create (in process or in a CLI they start) copies instead of running initdb
 * again (openPglite.ts, `CORROBORATE_PGLITE_TEMPLATE`). The migrations still run on each.
 */
export default async function makePgliteTemplate(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-pglite-template-'));
  const template = path.join(folder, 'db');
  await initialiseElsewhere(template);
  process.env.CORROBORATE_PGLITE_TEMPLATE = template;
  return () => rm(folder, { recursive: true, force: true });
}
