import path from 'node:path';
import { createInterface } from 'node:readline';
import { DecodeError, decodeBytes } from './decodeBytes.js';
import { articleFromJsonl } from './jsonlArticle.js';
import { listInputFiles, type InputFile } from './listInputFiles.js';
import { NotRegularFile, openRegularFile } from './openRegularFile.js';
import type { Manifest } from './readManifest.js';
import type { IngestFailure, RawArticle, SourceFormat } from './types.js';

/** One unit of input: an article to analyse or a failure to report; `bytes` drives the progress bar. */
export type SourceItem = ({ article: RawArticle } | { failure: IngestFailure }) & { bytes: number };

export interface ReadOptions {
  manifest?: Manifest;
  /** Larger single articles are refused: a news article is well under 1 MB, a whole page with scripts a few MB. */
  maxArticleBytes: number;
  /** Told of what was left out on purpose, with the reason: skipped folder entries, manifest rows no file used. */
  onWarning?: (warning: string) => void;
}

export const defaultMaxArticleBytes = 10 * 1024 * 1024;

export async function* readSources(paths: readonly string[], options: ReadOptions): AsyncGenerator<SourceItem> {
  yield* readInputFiles(await listInputFiles(paths), options);
}

/** Reads files already listed, so a caller that needs the list first (for a progress total) walks the folders once. */
export async function* readInputFiles(files: readonly InputFile[], options: ReadOptions): AsyncGenerator<SourceItem> {
  for (const file of files) {
    if ('missing' in file) {
      yield { failure: { source: file.path, reason: `${file.path}: ${file.missing}` }, bytes: 0 };
      continue;
    }
    if ('skipped' in file) {
      options.onWarning?.(`${file.path}: ${file.skipped}`);
      continue;
    }
    const extension = path.extname(file.path).toLowerCase();
    if (extension === '.jsonl' || extension === '.ndjson') {
      yield* readJsonl(file.path, options);
    } else {
      yield { ...(await readSingleFile(file.path, file.bytes, options)), bytes: file.bytes };
    }
  }
  if (options.manifest) for (const warning of unusedManifestRows(options.manifest, files)) options.onWarning?.(warning);
}

/** Rows naming a file this batch did not read (a typo, a file not given), or a JSONL file, whose lines carry their own fields. */
function unusedManifestRows(manifest: Manifest, files: readonly InputFile[]): string[] {
  const read = new Set(files.filter((file) => 'bytes' in file).map((file) => path.resolve(file.path)));
  const warnings: string[] = [];
  for (const [filePath, line] of manifest.lineOf) {
    const where = `${manifest.path} line ${line}`;
    if (!read.has(filePath)) warnings.push(`${where}: names ${filePath}, which is not in this batch; the row was not used`);
    else if (/\.(jsonl|ndjson)$/i.test(filePath)) warnings.push(`${where}: names a JSONL file, whose lines carry their own fields; the row was not used`);
  }
  return warnings;
}

/** Reads a regular file whole; a FIFO or device put where the listing saw a file is refused, not read. */
async function readRegularFile(filePath: string): Promise<Buffer> {
  const { handle } = await openRegularFile(filePath);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readSingleFile(
  filePath: string,
  bytes: number,
  options: ReadOptions,
): Promise<{ article: RawArticle } | { failure: IngestFailure }> {
  const fail = (reason: string) => ({ failure: { source: filePath, reason: `${filePath}: ${reason}` } });
  if (bytes === 0) return fail('is empty; expected an article as text, HTML or JSONL');
  if (bytes > options.maxArticleBytes) {
    return fail(
      `is ${megabytes(bytes)}, larger than the ${megabytes(options.maxArticleBytes)} allowed for one article ` +
        '(put many articles in a JSONL file, one per line, or raise --max-article-mb)',
    );
  }
  let decoded;
  try {
    decoded = decodeBytes(await readRegularFile(filePath));
  } catch (error) {
    if (error instanceof DecodeError || error instanceof NotRegularFile) return fail(error.message);
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!decoded.text.trim()) return fail('holds only white space; expected an article');
  const supplied = options.manifest?.byPath.get(path.resolve(filePath));
  return {
    article: {
      source: filePath,
      format: formatOf(filePath, decoded.text),
      content: decoded.text,
      encoding: decoded.encoding,
      ...(supplied ? { supplied } : {}),
      ...(decoded.warnings.length ? { warnings: decoded.warnings.map((warning) => `${filePath}: ${warning}`) } : {}),
    },
  };
}

/** HTML by extension, or by its first tag for files named otherwise ('<!DOCTYPE html>', '<html', '<body'). */
function formatOf(filePath: string, text: string): SourceFormat {
  if (/\.x?html?$/i.test(filePath)) return 'html';
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000)) ? 'html' : 'text';
}

async function* readJsonl(filePath: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  let opened;
  try {
    opened = await openRegularFile(filePath);
  } catch (error) {
    const reason = error instanceof NotRegularFile ? error.message : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    yield { failure: { source: filePath, reason: `${filePath}: ${reason}` }, bytes: 0 };
    return;
  }
  const lines = createInterface({ input: opened.handle.createReadStream({ encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNumber++;
      const source = `${filePath}:${lineNumber}`;
      const bytes = Buffer.byteLength(line) + 1;
      const fail = (reason: string): SourceItem => ({ failure: { source, reason: `${filePath} line ${lineNumber}: ${reason}` }, bytes });
      if (!line.trim()) continue;
      if (bytes > options.maxArticleBytes) {
        yield fail(`is ${megabytes(bytes)}, larger than the ${megabytes(options.maxArticleBytes)} allowed for one article`);
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(line.replace(/^\uFEFF/, ''));
      } catch (error) {
        yield fail(`is not JSON (${(error as Error).message}); expected one object per line like {"text": "...", "url": "..."}`);
        continue;
      }
      const read = articleFromJsonl(json, source);
      yield 'reason' in read ? fail(read.reason) : { article: read.article, bytes };
    }
  } catch (error) {
    yield { failure: { source: filePath, reason: `${filePath}: stopped reading at line ${lineNumber + 1} (${(error as Error).message})` }, bytes: 0 };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
