import { z } from 'zod';
import type { RawArticle } from '../ingest/types.js';

/**
 * A job carries the whole decoded article, read on the machine that queued
 * it, so a worker on another machine needs no access to the input files.
 * Example: {"source": "in/001.txt", "format": "text", "content": "Ministry says...", "encoding": "utf-8",
 *           "supplied": {"outlet": "Wire", "published": "2025-03-14", "from": "manifest"}}
 */
const articleJob = z.object({
  source: z.string(),
  format: z.enum(['text', 'html']),
  content: z.string(),
  encoding: z.string(),
  supplied: z
    .object({
      title: z.string().optional(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      publishedHow: z.string().optional(),
      captured: z.string().optional(),
      authors: z.array(z.object({ name: z.string(), how: z.string() })).optional(),
      textHow: z.string().optional(),
      from: z.enum(['manifest', 'jsonl', 'feed', 'warc', 'url', 'upload']),
    })
    .optional(),
  // What reading it set aside or repaired on the queueing machine (a replaced lone surrogate), so the worker's summary says it too.
  warnings: z.array(z.string()).optional(),
});

/** The job payload a worker can trust, or a message saying what was wrong with it (a job queued by something else). */
export function readArticleJob(data: unknown): RawArticle | { invalid: string } {
  const parsed = articleJob.safeParse(data);
  if (parsed.success) return parsed.data;
  return { invalid: `the job is not an article: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'data'} ${issue.message}`).join('; ')}` };
}
