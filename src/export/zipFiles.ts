import { strToU8, zipSync } from 'fflate';
import type { ExportedFile } from './ExportInput.js';

/** Several exported files as one zip archive (csv's three tables, for a download or `--out tables.zip`). */
export function zipFiles(files: ExportedFile[], modified: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [strToU8(file.text), { mtime: modified }]])));
}
