import path from 'node:path';
import { createInterface } from 'node:readline';
import { DecodeError, decodeBytes } from './decodeBytes.js';
import { articleFromJsonl } from './jsonlArticle.js';
import { articlesFromFeed, type FeedSource } from './feeds/articlesFromFeed.js';
import { sniffFeed } from './feeds/sniffFeed.js';
import { PoliteFetcher } from './fetch/fetchPolitely.js';
import { looksLikeHtml } from './fetch/formatOfPage.js';
import { listInputFiles, type InputFile } from './listInputFiles.js';
import { NotRegularFile, openRegularFile } from './openRegularFile.js';
import type { Manifest } from './readManifest.js';
import { readUrl } from './readUrl.js';
import type { IngestFailure, RawArticle, SourceFormat, SourceItem } from './types.js';
import { looksLikeWarc, readWarc } from './warc/readWarc.js';

export type { SourceItem } from './types.js';

export interface ReadOptions {
  manifest?: Manifest;
  /** Larger single articles are refused: a news article is well under 1 MB, a whole page with scripts a few MB. */
  maxArticleBytes: number;
  /** Told of what was left out on purpose, with the reason: skipped folder entries, manifest rows no file used. */
  onWarning?: (warning: string) => void;
  /** Fetches URLs and feed items' links; made with the default limits when first needed if not given. */
  fetcher?: PoliteFetcher;
  /** URLs given as inputs are fetched again rather than read from the cache (watch-feeds polls them). */
  freshUrls?: boolean;
}

export const defaultMaxArticleBytes = 10 * 1024 * 1024;

export async function* readSources(paths: readonly string[], options: ReadOptions): AsyncGenerator<SourceItem> {
  yield* readInputFiles(await listInputFiles(paths), options);
}

/** Reads files already listed, so a caller that needs the list first (for a progress total) walks the folders once. */
export async function* readInputFiles(files: readonly InputFile[], options: ReadOptions): AsyncGenerator<SourceItem> {
  let fetcher = options.fetcher;
  const fetcherNow = () => (fetcher ??= new PoliteFetcher());
  for (const file of files) {
    if ('url' in file) {
      yield* readUrl(file.url, fetcherNow, { fresh: options.freshUrls });
      continue;
    }
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
    } else if (looksLikeWarc(await headOf(file.path), file.path)) {
      yield* readWarc(file.path, file.bytes, options);
    } else {
      const read = await readSingleFile(file.path, file.bytes, options);
      if ('feed' in read) yield* articlesFromFeed(read.feed, fetcherNow);
      else yield { ...read, bytes: file.bytes };
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

/** The first bytes, to tell a web archive from an article; empty when unreadable (the full read then says why). */
async function headOf(filePath: string): Promise<Uint8Array> {
  try {
    const { handle } = await openRegularFile(filePath);
    try {
      const head = new Uint8Array(8);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return new Uint8Array(0);
  }
}

/** An article, a failure, or a feed whose items are the articles (found by its content: see sniffFeed). */
async function readSingleFile(
  filePath: string,
  bytes: number,
  options: ReadOptions,
): Promise<{ article: RawArticle } | { failure: IngestFailure } | { feed: FeedSource }> {
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
  if (sniffFeed(decoded.text)) return { feed: { origin: filePath, text: decoded.text, encoding: decoded.encoding } };
  if (/\.(?:rss|atom)$/i.test(filePath)) return fail('is named as a feed but is not one; expected RSS (<rss>), Atom (<feed>) or RSS 1.0 (<rdf:RDF>)');
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
  return looksLikeHtml(text) ? 'html' : 'text';
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
