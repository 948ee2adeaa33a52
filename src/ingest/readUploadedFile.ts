import { DecodeError, decodeBytes } from './decodeBytes.js';
import { looksLikeHtml } from './fetch/formatOfPage.js';
import type { SourceItem } from './readSources.js';
import type { SourceFormat, SuppliedMetadata } from './types.js';
import { articleFromJsonl } from './jsonlArticle.js';
import { storableArticleText } from './storableText.js';

/**
 * The in-memory twin of readSources for files that arrive over HTTP: the
 * bytes are decoded here and never written anywhere, and the name is only a
 * label (its folders are dropped, so it cannot point into the file system).
 * Each check and message is the CLI's, so an upload fails the way the same
 * file given to `corroborate analyze` would. `supplied` is what the upload
 * form gave (outlet, URL, date) for a text or HTML file, as a manifest row
 * gives it for a file on disk; a JSONL line carries its own fields.
 */
export function readUploadedFile(name: string, bytes: Uint8Array, maxArticleBytes: number, supplied?: SuppliedMetadata): SourceItem[] {
  const source = uploadLabel(name);
  if (/\.(jsonl|ndjson)$/i.test(source)) return withFormNotApplied(readJsonlBytes(source, bytes, maxArticleBytes), source, supplied);
  const fail = (reason: string): SourceItem[] => [{ failure: { source, reason: `${source}: ${reason}` }, bytes: bytes.length }];
  if (bytes.length === 0) return fail('is empty; expected an article as text, HTML or JSONL');
  if (bytes.length > maxArticleBytes) {
    return fail(
      `is ${megabytes(bytes.length)}, larger than the ${megabytes(maxArticleBytes)} allowed for one article ` +
        '(put many articles in a JSONL file, one per line)',
    );
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeError) return fail(error.message);
    throw error;
  }
  if (!decoded.text.trim()) return fail('holds only white space; expected an article');
  const warnings = decoded.warnings.map((warning) => `${source}: ${warning}`);
  const article = {
    source,
    format: formatOf(source, decoded.text),
    content: decoded.text,
    encoding: decoded.encoding,
    ...(supplied ? { supplied } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
  return [{ article, bytes: bytes.length }];
}

/** Text pasted into the web app, with whatever metadata the form supplied. */
export function readPastedText(
  pasted: { text: string; name?: string; title?: string; outlet?: string; published?: string; url?: string },
  maxArticleBytes: number,
): SourceItem {
  const source = uploadLabel(pasted.name ?? 'pasted text');
  const bytes = Buffer.byteLength(pasted.text);
  const fail = (reason: string): SourceItem => ({ failure: { source, reason: `${source}: ${reason}` }, bytes });
  if (bytes > maxArticleBytes) return fail(`is ${megabytes(bytes)}, larger than the ${megabytes(maxArticleBytes)} allowed for one article`);
  if (!pasted.text.trim()) return fail('holds only white space; expected an article');
  const text = storableArticleText(pasted.text);
  if ('refused' in text) return fail(text.refused);
  // Fields given beside the text in one JSON object are what a JSONL line supplies, so the record says 'jsonl'.
  const supplied = suppliedFrom(pasted);
  return {
    article: {
      source,
      format: formatOf(source, text.text),
      content: text.text,
      encoding: 'utf-8',
      ...(supplied ? { supplied } : {}),
      ...(text.warning ? { warnings: [`${source}: ${text.warning}`] } : {}),
    },
    bytes,
  };
}

/** 'C:\\Users\\me\\report.txt' or '../../etc/passwd' -> 'report.txt', 'passwd'; control characters removed, at most 200 characters. */
export function uploadLabel(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base && base !== '.' && base !== '..' ? base : 'upload';
}

function readJsonlBytes(fileName: string, bytes: Uint8Array, maxArticleBytes: number): SourceItem[] {
  // Decoded as readSources streams a JSONL file: UTF-8, a bad byte becoming U+FFFD rather than failing the whole file.
  const text = Buffer.from(bytes).toString('utf8');
  const items: SourceItem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const source = `${fileName}:${lineNumber}`;
    const lineBytes = Buffer.byteLength(line) + 1;
    const fail = (reason: string) => items.push({ failure: { source, reason: `${fileName} line ${lineNumber}: ${reason}` }, bytes: lineBytes });
    if (!line.trim()) return;
    if (lineBytes > maxArticleBytes) return fail(`is ${megabytes(lineBytes)}, larger than the ${megabytes(maxArticleBytes)} allowed for one article`);
    let json: unknown;
    try {
      json = JSON.parse(line.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail(`is not JSON (${(error as Error).message}); expected one object per line like {"text": "...", "url": "..."}`);
    }
    const read = articleFromJsonl(json, source);
    if ('reason' in read) return fail(read.reason);
    items.push({ article: read.article, bytes: lineBytes });
  });
  return items;
}

function suppliedFrom(fields: { url?: string; title?: string; outlet?: string; published?: string }): SuppliedMetadata | undefined {
  const { url, title, outlet, published } = fields;
  if (!url && !title && !outlet && !published) return undefined;
  return { from: 'jsonl', ...(url ? { url } : {}), ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/**
 * The form's fields are not applied to a JSONL file's lines, which carry
 * their own ("outlet", "url", "published"); its first article says so, so the
 * job lists it beside what was stored.
 */
function withFormNotApplied(items: SourceItem[], fileName: string, supplied: SuppliedMetadata | undefined): SourceItem[] {
  const first = items.find((item) => 'article' in item);
  if (!supplied || !first || !('article' in first)) return items;
  const warning = `${fileName}: the outlet, URL and date given in the upload form were not applied to its lines, which carry their own ("outlet", "url", "published")`;
  first.article.warnings = [...(first.article.warnings ?? []), warning];
  return items;
}

/** HTML by extension, or by its first tag for names without one ('<!DOCTYPE html>', '<html', '<body'), as readSources decides. */
function formatOf(name: string, text: string): SourceFormat {
  if (/\.x?html?$/i.test(name)) return 'html';
  return looksLikeHtml(text) ? 'html' : 'text';
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
