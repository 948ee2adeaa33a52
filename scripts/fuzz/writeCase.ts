import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FuzzCase } from './fuzzCase.js';

export interface WrittenCase {
  /** The folder given to `analyze`: the case's files, and its manifest beside them. */
  inputDir: string;
  manifestPath?: string;
  bytes: number;
}

/** Writes a case under `folder/input`; a 'fifo' manifest becomes a real named pipe (Linux and macOS have mkfifo). */
export async function writeCase(fuzzCase: FuzzCase, folder: string): Promise<WrittenCase> {
  const inputDir = path.join(folder, 'input');
  await mkdir(inputDir, { recursive: true });
  let bytes = 0;
  for (const file of fuzzCase.files) {
    const target = path.join(inputDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
    bytes += file.bytes.length;
  }
  if (!fuzzCase.manifest) return { inputDir, bytes };
  const manifestPath = path.join(inputDir, fuzzCase.manifest.path);
  if (fuzzCase.manifest.bytes === 'fifo') execFileSync('mkfifo', [manifestPath]);
  else {
    await writeFile(manifestPath, fuzzCase.manifest.bytes);
    bytes += fuzzCase.manifest.bytes.length;
  }
  return { inputDir, manifestPath, bytes };
}
