import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { IngestError } from './IngestError.js';
import { describeIssues, suppliedField } from './jsonlArticle.js';
import { NotRegularFile, openRegularFile } from './openRegularFile.js';
import type { SuppliedMetadata } from './types.js';

/**
 * A manifest is a CSV with a header row `file,outlet,url,published` (and
 * optionally `title`); `file` is relative to the manifest's folder. Columns
 * other than `file` may be empty. Example row:
 * `001.txt,The Times of Israel,https://...,2017-06-22`.
 * A field too long or holding a NUL refuses its row, as in a JSONL line.
 */
const columns = ['file', 'outlet', 'url', 'published', 'title'] as const;
const manifestRow = z.object({
  file: z.string().trim().min(1, 'file column is empty'),
  outlet: suppliedField('outlet').transform((value) => value.trim()).optional(),
  url: suppliedField('url').transform((value) => value.trim()).optional(),
  published: suppliedField('published').transform((value) => value.trim()).optional(),
  title: suppliedField('title').transform((value) => value.trim()).optional(),
});

export interface Manifest {
  /** The manifest file, for messages. */
  path: string;
  /** Supplied metadata by absolute file path. */
  byPath: Map<string, SuppliedMetadata>;
  /** The line of the row that supplied each path, to name the rows no file in the batch used. */
  lineOf: Map<string, number>;
  /** Problems with single rows and columns; the rest of the manifest still applies. */
  warnings: string[];
}

async function readManifestText(manifestPath: string): Promise<string> {
  let opened;
  try {
    opened = await openRegularFile(manifestPath);
  } catch (error) {
    if (error instanceof NotRegularFile) throw new IngestError(manifestPath, `${error.message}; expected a CSV manifest`);
    throw new IngestError(manifestPath, `cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return await opened.handle.readFile('utf8');
  } finally {
    await opened.handle.close();
  }
}

export async function readManifest(manifestPath: string): Promise<Manifest> {
  const content = await readManifestText(manifestPath);
  const warnings: string[] = [];
  let header: string[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(content.replace(/^\uFEFF/, ''), {
      columns: (names: string[]) => headerColumns((header = names), manifestPath, warnings),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new IngestError(manifestPath, `is not a valid CSV manifest: ${(error as Error).message}`);
  }
  if (header.length > 0 && !header.some((name) => name.trim() === 'file')) {
    throw new IngestError(manifestPath, `has no "file" column; expected a header like "file,outlet,url,published", found "${header.join(',')}"`);
  }
  const folder = path.dirname(path.resolve(manifestPath));
  const byPath = new Map<string, SuppliedMetadata>();
  const lineOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const parsed = manifestRow.safeParse(row);
    if (!parsed.success) {
      warnings.push(`${manifestPath} line ${line}: ${describeIssues(parsed.error.issues, 'row')}; the row is ignored`);
      return;
    }
    const { file, outlet, url, published, title } = parsed.data;
    const resolved = path.resolve(folder, file);
    const first = lineOf.get(resolved);
    if (first !== undefined) {
      warnings.push(`${manifestPath} line ${line}: names ${file} again (first on line ${first}); the later row is ignored`);
      return;
    }
    lineOf.set(resolved, line);
    byPath.set(resolved, {
      from: 'manifest',
      ...(outlet ? { outlet } : {}),
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
      ...(title ? { title } : {}),
    });
  });
  return { path: manifestPath, byPath, lineOf, warnings };
}

/**
 * The header's names as columns: a repeated column keeps its first
 * occurrence ('outlet,...,outlet': the second is ignored, with a warning),
 * and a column the manifest does not read ('date' for 'published') is named
 * in a warning rather than ignored without a word.
 */
function headerColumns(header: string[], manifestPath: string, warnings: string[]): (string | false)[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const name = raw.trim();
    const first = seen.get(name);
    if (first !== undefined) {
      warnings.push(`${manifestPath}: the column "${name}" appears twice (columns ${first + 1} and ${index + 1}); the second is ignored`);
      return false;
    }
    seen.set(name, index);
    if (!(columns as readonly string[]).includes(name)) {
      warnings.push(`${manifestPath}: the column "${name}" is not read; the columns are ${columns.join(', ')}`);
      return false;
    }
    return name;
  });
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
