import type { Random } from './random.js';

/**
 * What every generator makes: a named case of files to write into a fresh
 * folder (paths relative to it), and optionally a manifest for `--manifest`.
 * Every file name holds the case's token (five letters and digits), so the
 * runner can find each file in the summary however its name is escaped.
 */
export interface FuzzFile {
  path: string;
  bytes: Uint8Array;
}

export interface FuzzManifest {
  /** Relative to the case folder, beside the files (rows name files relative to it). */
  path: string;
  /** The manifest's content, or 'fifo' for a named pipe nobody writes to (made with mkfifo). */
  bytes: Uint8Array | 'fifo';
}

export interface FuzzCase {
  /** `family/kind-token`, e.g. `binaryFiles/nul-after-64k-k3f9a`. */
  name: string;
  token: string;
  files: FuzzFile[];
  manifest?: FuzzManifest;
  /** Articles the batch should account for: one per file, one per non-blank JSONL line. */
  expectedItems: number;
}

/**
 * One kind of hostile input: a pure function of the seeded random source and
 * the case's token. A file path without the token gets it before its
 * extension (`nul.txt` -> `nul-k3f9a.txt`); a kind that cares about the exact
 * name (leading dashes, hidden files) puts the token in itself.
 */
export type CaseKind = (random: Random, token: string) => { kind: string; files: FuzzFile[]; manifest?: FuzzManifest };

export interface Family {
  name: string;
  kinds: readonly CaseKind[];
}

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
