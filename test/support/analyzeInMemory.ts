import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources, type AnalyzeSummary } from '../../src/usecases/analyzeSources.js';

/** Runs the real use case into a fresh in-memory store and returns the summary and every record. */
export async function analyzeInMemory(paths: string[], manifestPath?: string): Promise<{ summary: AnalyzeSummary; records: ArticleRecord[] }> {
  const db = await openStore('memory://');
  const records: ArticleRecord[] = [];
  try {
    const summary = await analyzeSources(db, { paths, manifestPath, onRecord: (record) => void records.push(record) });
    return { summary, records };
  } finally {
    await db.close();
  }
}

export const sharedFolder = process.env.CORROBORATE_SHARED ?? '../shared';
