import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Extensions read from folders. Given by name, a file is read whatever its extension. */
export const articleExtensions: ReadonlySet<string> = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);

export type InputFile = { path: string; bytes: number } | { path: string; missing: string };

/**
 * Expands the paths given on the command line into files, in a stable order:
 * folders recursively (skipping hidden entries and node_modules), files as
 * given. A path that cannot be read becomes an entry with the reason, so the
 * batch can report it and go on.
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const given of paths) {
    try {
      const info = await stat(given);
      if (info.isDirectory()) files.push(...(await walk(given)));
      else files.push({ path: given, bytes: info.size });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      files.push({ path: given, missing: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})` });
    }
  }
  return files;
}

async function walk(folder: string): Promise<InputFile[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && articleExtensions.has(path.extname(entry.name).toLowerCase())) {
      files.push({ path: full, bytes: (await stat(full)).size });
    }
  }
  return files;
}
