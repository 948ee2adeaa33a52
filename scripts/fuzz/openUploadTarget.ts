import type { Hono } from 'hono';
import { createApp } from '../../src/api/createApp.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { fingerprintOf, type StoreFingerprint } from './storeFingerprint.js';

export interface UploadTarget {
  app: Hono;
  db: Database;
  /** The articles stored before any case, which no case may change. */
  before: StoreFingerprint;
}

/** A memory store holding `paths` (by default the sample corpus), and the HTTP app over it. */
export async function openUploadTarget(paths = ['samples/corpus'], manifestPath: string | undefined = 'samples/corpus/manifest.csv'): Promise<UploadTarget> {
  const db = await openStore('memory://');
  await analyzeSources(db, { paths, ...(manifestPath ? { manifestPath } : {}) });
  return { db, app: createApp({ db }), before: await fingerprintOf(db) };
}
