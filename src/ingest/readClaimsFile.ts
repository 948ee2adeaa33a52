import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** A claim to check, as a file gives it; `id` null when the file gives none. */
export interface ClaimLine {
  claim: string;
  id: string | null;
}

export interface ClaimsFile {
  claims: ClaimLine[];
  /** One message per line that could not be read, naming the file and line: 'claims.jsonl:3: no "claim" string'. */
  problems: string[];
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * Claims from a file, by its extension: .csv with a `claim` column and an
 * optional `id` column; .jsonl with one `{"claim": ..., "id": ...}` per line
 * (`null` means absent); anything else one claim per line, blank lines and
 * lines starting with '#' skipped. A line that cannot be read is named in
 * `problems` and the others are kept. Throws when the file cannot be read
 * at all (missing, or a CSV without a `claim` column).
 */
export async function readClaimsFile(file: string): Promise<ClaimsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the claims file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return readCsv(file, text);
  if (extension === '.jsonl' || extension === '.ndjson') return readJsonl(file, text);
  const claims = text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((claim) => ({ claim, id: null }));
  return { claims, problems: [] };
}

function readCsv(file: string, text: string): ClaimsFile {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, bom: true, relax_column_count: true });
  } catch (error) {
    throw new Error(`${file}: not a readable CSV file (${(error as Error).message})`);
  }
  if (rows.length && !('claim' in rows[0])) throw new Error(`${file}: no 'claim' column; its columns are ${Object.keys(rows[0]).join(', ')} (expected a header such as: id,claim)`);
  const claims: ClaimLine[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    if (nonEmpty(row.claim)) claims.push({ claim: row.claim.trim(), id: nonEmpty(row.id) ? row.id.trim() : null });
    else problems.push(`${file}:${index + 2}: the claim column is empty`);
  });
  return { claims, problems };
}

function readJsonl(file: string, text: string): ClaimsFile {
  const claims: ClaimLine[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not JSON (${(error as Error).message})`);
      return;
    }
    const fields = (value && typeof value === 'object' ? value : {}) as { claim?: unknown; id?: unknown };
    if (!nonEmpty(fields.claim)) problems.push(`${where}: expected {"claim": "...", "id": "..."} with a non-empty "claim" string`);
    else if (fields.id !== undefined && fields.id !== null && !nonEmpty(fields.id)) problems.push(`${where}: "id" must be a non-empty string or null`);
    else claims.push({ claim: fields.claim.trim(), id: nonEmpty(fields.id) ? fields.id.trim() : null });
  });
  return { claims, problems };
}
