import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { IngestError } from './IngestError.js';
import type { SuppliedMetadata } from './types.js';

/**
 * A manifest is a CSV with a header row `file,outlet,url,published`; `file`
 * is relative to the manifest's folder. Columns other than `file` may be
 * empty. Example row: `001.txt,The Times of Israel,https://...,2017-06-22`.
 */
const manifestRow = z.object({
  file: z.string().trim().min(1, 'the file column is empty'),
  outlet: z.string().trim().optional(),
  url: z.string().trim().optional(),
  published: z.string().trim().optional(),
  title: z.string().trim().optional(),
});

export interface Manifest {
  /** Supplied metadata by absolute file path. */
  byPath: Map<string, SuppliedMetadata>;
  /** Problems with single rows; the rest of the manifest still applies. */
  warnings: string[];
}

export async function readManifest(manifestPath: string): Promise<Manifest> {
  let content: string;
  try {
    content = await readFile(manifestPath, 'utf8');
  } catch (error) {
    throw new IngestError(manifestPath, `cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(content.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new IngestError(manifestPath, `is not a valid CSV manifest: ${(error as Error).message}`);
  }
  if (rows.length > 0 && !('file' in rows[0])) {
    throw new IngestError(
      manifestPath,
      `has no "file" column; expected a header like "file,outlet,url,published", found "${Object.keys(rows[0]).join(',')}"`,
    );
  }
  const folder = path.dirname(path.resolve(manifestPath));
  const byPath = new Map<string, SuppliedMetadata>();
  const warnings: string[] = [];
  rows.forEach((row, index) => {
    const parsed = manifestRow.safeParse(row);
    if (!parsed.success) {
      warnings.push(`${manifestPath} line ${index + 2}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return;
    }
    const { file, outlet, url, published, title } = parsed.data;
    byPath.set(path.resolve(folder, file), {
      from: 'manifest',
      ...(outlet ? { outlet } : {}),
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
      ...(title ? { title } : {}),
    });
  });
  return { byPath, warnings };
}

/**
 * The manifest of a batch, if one is named, for a summary that goes on
 * without it: its row warnings, or the reason it cannot be read as a failure
 * of the batch (the articles are then read without supplied metadata).
 */
export async function loadBatchManifest(
  manifestPath: string | undefined,
  summary: { warnings: string[]; failed: { source: string; reason: string }[] },
): Promise<Manifest | undefined> {
  if (!manifestPath) return undefined;
  try {
    const manifest = await readManifest(manifestPath);
    summary.warnings.push(...manifest.warnings);
    return manifest;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    summary.failed.push({ source: error.source, reason: error.message });
    return undefined;
  }
}
