import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../../src/store/migrate.js';
import { initialiseElsewhere, openPglite } from '../../src/store/openPglite.js';

/**
 * vitest's global setup: one embedded store made by PGlite's initdb and the migrations, which
 * every store the tests create (in process or in a CLI they start) copies instead of running
 * initdb and the migrations again (openPglite.ts, `CORROBORATE_PGLITE_TEMPLATE`): a folder for
 * stores on disk, and the same as PGlite's archive (`<template>.tar`) for stores in memory.
 * The migrations themselves are tested on stores that do not start from it (test/store).
 */
export default async function makePgliteTemplate(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-pglite-template-'));
  const template = path.join(folder, 'db');
  await initialiseElsewhere(template);
  const store = await openPglite(template, { fromTemplate: false });
  await migrate(store);
  await store.close();
  const raw = await PGlite.create(template);
  const archive = await raw.dumpDataDir('none');
  await raw.close();
  await writeFile(`${template}.tar`, Buffer.from(await archive.arrayBuffer()));
  process.env.CORROBORATE_PGLITE_TEMPLATE = template;
  return () => rm(folder, { recursive: true, force: true });
}
