import { z } from 'zod';

/**
 * A JSONL line: one article with `text` or `html`, and optional metadata;
 * the same for files read from disk and for uploads.
 * Example: {"html": "<html>...", "url": "https://...", "outlet": "Wire", "published": "2025-03-14"}
 */
export const jsonlArticle = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
  })
  .refine((line) => Boolean(line.text?.trim() || line.html?.trim()), { message: 'has neither a "text" nor an "html" field with content' });
