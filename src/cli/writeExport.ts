import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportedFile } from '../export/ExportInput.js';
import { zipFiles } from '../export/zipFiles.js';

/**
 * Where an export goes: stdout without --out; the file --out names for one
 * file; for several (csv), a .zip when --out ends so, else a folder holding
 * them. The paths written are named on stderr.
 */
export async function writeExport(files: ExportedFile[], out: string | undefined): Promise<void> {
  if (!out) {
    for (const file of files) process.stdout.write(file.text);
    return;
  }
  const target = path.resolve(out);
  await mkdir(path.dirname(target), { recursive: true });
  if (files.length === 1) {
    await writeFile(target, files[0].text);
    process.stderr.write(`corroborate: wrote ${out}\n`);
  } else if (/\.zip$/i.test(out)) {
    await writeFile(target, zipFiles(files, new Date()));
    process.stderr.write(`corroborate: wrote ${out} (${files.map((f) => f.name).join(', ')})\n`);
  } else {
    await mkdir(target, { recursive: true });
    for (const file of files) await writeFile(path.join(target, file.name), file.text);
    process.stderr.write(`corroborate: wrote ${files.map((f) => path.join(out, f.name)).join(', ')}\n`);
  }
}
