import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readPastedText, readUploadedFile } from '../ingest/readUploadedFile.js';
import type { SourceItem } from '../ingest/readSources.js';
import type { Database } from '../store/Database.js';
import { ingestArticles } from '../usecases/ingestArticles.js';
import { ApiError, errorResponse } from './apiError.js';
import { pastedArticle } from './apiSchemas.js';

export interface IngestLimits {
  /** Per article, as `analyze --max-article-mb`. */
  maxArticleBytes: number;
  /** Per request: the whole upload, all files together. */
  maxRequestBytes: number;
}

/**
 * Uploads (multipart `files`) and pasted text (JSON) become articles through
 * the same per-article step as `analyze`; each input that cannot be read is
 * listed under `failed` with the CLI's message and the rest is stored.
 * Uploads stay in memory: no file name from the request is ever opened.
 */
export function ingestRoutes(db: Database, limits: IngestLimits): Hono {
  return new Hono().post(
    '/ingest',
    bodyLimit({
      maxSize: limits.maxRequestBytes,
      onError: (c) => errorResponse(c, 413, `the request is larger than the ${Math.round(limits.maxRequestBytes / 1024 / 1024)} MB allowed; send fewer files at a time`),
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      let items: SourceItem[];
      if (type.startsWith('multipart/form-data')) items = await readUploads(c.req.raw, limits.maxArticleBytes);
      else if (type.startsWith('application/json')) items = [await readPasted(c.req.raw, limits.maxArticleBytes)];
      else throw new ApiError(415, `expected multipart/form-data with files in the field "files", or application/json {"text": "..."}; got ${type ? `"${type}"` : 'no content type'}`);
      return c.json(await ingestArticles(db, items));
    },
  );
}

async function readUploads(request: Request, maxArticleBytes: number): Promise<SourceItem[]> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new ApiError(400, `the form could not be read (${(error as Error).message}); expected multipart/form-data with files in the field "files"`);
  }
  const files = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
  if (!files.length) throw new ApiError(400, 'expected one or more files in the form field "files"; got none');
  const items: SourceItem[] = [];
  for (const file of files) items.push(...readUploadedFile(file.name, new Uint8Array(await file.arrayBuffer()), maxArticleBytes));
  return items;
}

async function readPasted(request: Request, maxArticleBytes: number): Promise<SourceItem> {
  let json: unknown;
  try {
    json = await request.json();
  } catch (error) {
    throw new ApiError(400, `the body is not JSON (${(error as Error).message}); expected {"text": "...", "title"?: "...", "outlet"?: "...", "published"?: "YYYY-MM-DD", "url"?: "..."}`);
  }
  const parsed = pastedArticle.safeParse(json);
  if (!parsed.success) throw new ApiError(400, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
  return readPastedText(parsed.data, maxArticleBytes);
}
