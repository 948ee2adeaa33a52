import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readPastedText, readUploadedFile } from '../ingest/readUploadedFile.js';
import type { SourceItem } from '../ingest/readSources.js';
import type { IngestJobs } from '../usecases/IngestJobs.js';
import { ApiError, errorResponse } from './apiError.js';
import { pastedArticle, uploadMetadata } from './apiSchemas.js';
import type { SuppliedMetadata } from '../model/articleToStore.js';

export interface IngestLimits {
  /** Per article, as `analyze --max-article-mb`. */
  maxArticleBytes: number;
  /** Per request: the whole upload, all files together. */
  maxRequestBytes: number;
}

/**
 * Uploads (multipart `files`, with optional `outlet`, `url` and `published`
 * fields for them) and pasted text (JSON) become articles through
 * the same per-article step as `analyze`. The request is read and checked
 * here, then answered at once (202) with a job: its inputs are analysed in
 * the analysis threads and stored in the order sent, and
 * GET /api/ingest/jobs/:id gives the progress and every input's outcome
 * (stored, already stored, or failed with the CLI's message). Uploads stay in
 * memory: no file name from the request is ever opened.
 */
export function ingestRoutes(jobs: IngestJobs, limits: IngestLimits): Hono {
  return new Hono()
    .post(
      '/ingest',
      bodyLimit({
        maxSize: limits.maxRequestBytes,
        onError: (c) => errorResponse(c, 413, `the request is larger than the ${Math.round(limits.maxRequestBytes / 1024 / 1024)} MB allowed; send fewer files at a time`),
      }),
      async (c) => {
        const type = c.req.header('content-type') ?? '';
        let items: SourceItem[];
        if (type.startsWith('multipart/form-data')) items = await readUploads(c.req.raw, type, limits.maxArticleBytes);
        else if (type.startsWith('application/json')) items = [await readPasted(c.req.raw, limits.maxArticleBytes)];
        else throw new ApiError(415, `expected multipart/form-data with files in the field "files", or application/json {"text": "..."}; got ${type ? `"${type}"` : 'no content type'}`);
        const job = jobs.start(items);
        c.header('Location', `/api/ingest/jobs/${job.id}`);
        return c.json(job, 202);
      },
    )
    .get('/ingest/jobs/:id', (c) => {
      const id = c.req.param('id');
      const job = jobs.get(id);
      if (!job) throw new ApiError(404, `no upload job "${id.slice(0, 64)}": finished jobs are forgotten after an hour or a restart; what they stored stays in the store`);
      return c.json(job);
    });
}

async function readUploads(request: Request, type: string, maxArticleBytes: number): Promise<SourceItem[]> {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!boundary) throw new ApiError(400, `the Content-Type header "${type.slice(0, 200)}" names no boundary; expected multipart/form-data; boundary=... as a browser or FormData sends it`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new ApiError(
      400,
      `the multipart body could not be read (${(error as Error).message}): its parts must be separated by "--${(boundary[1] ?? boundary[2]).slice(0, 70)}", ` +
        'the boundary its Content-Type header names, and end with that boundary followed by "--"; expected files in the form field "files"',
    );
  }
  const files = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
  if (!files.length) throw new ApiError(400, 'expected one or more files in the form field "files"; got none');
  const supplied = readFormMetadata(form);
  const items: SourceItem[] = [];
  for (const file of files) items.push(...readUploadedFile(file.name, new Uint8Array(await file.arrayBuffer()), maxArticleBytes, supplied));
  return items;
}

/** 'published: "2019-13-01" is not a date: month 13 does not exist; ...', the field named once ('outlet is 1,048,576 characters; ...'). */
function namingTheField(issue: { path: PropertyKey[]; message: string }): string {
  const field = issue.path.join('.');
  return issue.message.startsWith(`${field} `) ? issue.message : `${field}: ${issue.message}`;
}

/** The outlet, url and published fields beside the files, checked; undefined when none is filled in. */
function readFormMetadata(form: FormData): SuppliedMetadata | undefined {
  const fields = Object.fromEntries(
    (['outlet', 'url', 'published'] as const).map((name) => {
      const value = form.get(name);
      if (value !== null && typeof value !== 'string') throw new ApiError(400, `${name}: expected text in the form field "${name}"; got a file`);
      return [name, value];
    }),
  );
  const parsed = uploadMetadata.safeParse(fields);
  if (!parsed.success) throw new ApiError(400, parsed.error.issues.map(namingTheField).join('; '));
  const { outlet, url, published } = parsed.data;
  if (!outlet && !url && !published) return undefined;
  return { from: 'upload', ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) };
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
