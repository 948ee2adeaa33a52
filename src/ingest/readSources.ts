import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DecodeError, decodeBytes } from './decodeBytes.js';
import { listInputFiles, type InputFile } from './listInputFiles.js';
import type { Manifest } from './readManifest.js';
import type { IngestFailure, RawArticle, SourceFormat, SuppliedMetadata } from './types.js';
import { jsonlArticle } from './jsonlArticle.js';

/** One unit of input: an article to analyse or a failure to report; `bytes` drives the progress bar. */
export type SourceItem = ({ article: RawArticle } | { failure: IngestFailure }) & { bytes: number };

export interface ReadOptions {
  manifest?: Manifest;
  /** Larger single articles are refused: a news article is well under 1 MB, a whole page with scripts a few MB. */
  maxArticleBytes: number;
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
    const extension = path.extname(file.path).toLowerCase();
    if (extension === '.jsonl' || extension === '.ndjson') {
      yield* readJsonl(file.path, options);
    } else {
      yield { ...(await readSingleFile(file.path, file.bytes, options)), bytes: file.bytes };
    }
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
    decoded = decodeBytes(await readFile(filePath));
  } catch (error) {
    if (error instanceof DecodeError) return fail(error.message);
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
  const lines = createInterface({ input: createReadStream(filePath, { encoding: 'utf8' }), crlfDelay: Infinity });
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
      const parsed = jsonlArticle.safeParse(json);
      if (!parsed.success) {
        yield fail(`is not an article: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'} ${issue.message}`).join('; ')}`);
        continue;
      }
      const { text, html, url, title, outlet, published } = parsed.data;
      const supplied: SuppliedMetadata = {
        from: 'jsonl',
        ...(url ? { url } : {}),
        ...(title ? { title } : {}),
        ...(outlet ? { outlet } : {}),
        ...(published ? { published } : {}),
      };
      const useHtml = Boolean(html?.trim());
      yield {
        article: { source, format: useHtml ? 'html' : 'text', content: (useHtml ? html : text) as string, encoding: 'utf-8', supplied },
        bytes,
      };
    }
  } catch (error) {
    yield { failure: { source: filePath, reason: `${filePath}: stopped reading at line ${lineNumber + 1} (${(error as Error).message})` }, bytes: 0 };
  }
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
