import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerSchema } from './serverSchema.js';

// Enough that a kill lands mid-batch with jobs in hand and two workers both get work; each test stores them all, so no more.
export const articles = 40;

/** 'stored 12, skipped 3 already stored, failed 0' from the summary line of a worker or of analyze. */
export function counts(stderr: string): { stored: number; skipped: number; failed: number } {
  const match = /stored (\d+), skipped (\d+) already stored, failed (\d+)/.exec(stderr);
  if (!match) throw new Error(`no summary line in the worker's output:\n${stderr}`);
  return { stored: Number(match[1]), skipped: Number(match[2]), failed: Number(match[3]) };
}

/** Copies of one article, each with its own last line: one content hash each, same annotations. */
export async function batch(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-workers-'));
  const base = await readFile('samples/corpus/text/korvath-today-serrin-witnesses.txt', 'utf8');
  for (let i = 0; i < articles; i++) await writeFile(path.join(folder, `${String(i).padStart(4, '0')}.txt`), `${base}\n\nDispatch number ${i}.\n`);
  return folder;
}

export async function storeCounts(server: ServerSchema) {
  const [{ ready }] = await server.query<{ ready: boolean }>(`SELECT to_regclass('${server.schema}.statements') IS NOT NULL AS ready`);
  if (!ready) return { total: 0, sources: 0, shapes: 0 };
  const [row] = await server.query<{ total: number; sources: number; shapes: number }>(
    `SELECT count(*)::int AS total, count(DISTINCT source)::int AS sources,
            count(DISTINCT (SELECT count(*) FROM ${server.schema}.statements s WHERE s.article_id = a.id))::int AS shapes
     FROM ${server.schema}.articles a`,
  );
  return row;
}
