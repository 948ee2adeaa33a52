import { z } from 'zod';
import { fieldLimits, storableArticleText, suppliedFieldProblem, type LimitedField } from './storableText.js';
import type { RawArticle, SuppliedMetadata } from './types.js';

/** A supplied metadata field: refused when too long or holding what the store cannot keep (see storableText). */
export function suppliedField(field: LimitedField) {
  return z
    .string()
    // The length as a max check too, so the OpenAPI document shows it as maxLength.
    .max(fieldLimits[field], { error: (issue) => suppliedFieldProblem(field, issue.input as string) ?? undefined, abort: true })
    .superRefine((value, context) => {
      const problem = suppliedFieldProblem(field, value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

/** Article text or HTML: a NUL means binary and refuses it; lone surrogates are repaired later, with a warning. */
export function articleBody(field: 'text' | 'html') {
  return z.string().superRefine((value, context) => {
    const checked = storableArticleText(value, `the "${field}" field`);
    if ('refused' in checked) context.addIssue({ code: 'custom', message: checked.refused });
  });
}

/** A field given as null is absent: feeds write {"url": null, "published": null} for what they do not know. */
function optional<T extends z.ZodType>(field: T) {
  return z.preprocess((value) => (value === null ? undefined : value), field.optional());
}

/**
 * A JSONL line: one article with `text` or `html`, or only a `title` (a wire
 * alert, an RSS item: the headline is then its text), and optional metadata;
 * the same for files read from disk and for uploads.
 * Example: {"html": "<html>...", "url": "https://...", "outlet": "Wire", "published": "2025-03-14"}
 */
export const jsonlArticle = z
  .object({
    text: optional(articleBody('text')),
    html: optional(articleBody('html')),
    url: optional(suppliedField('url')),
    title: optional(suppliedField('title')),
    outlet: optional(suppliedField('outlet')),
    published: optional(suppliedField('published')),
  })
  .refine((line) => Boolean(line.text?.trim() || line.html?.trim() || line.title?.trim()), {
    message: 'has neither a "text" nor an "html" field with content, nor a "title"',
  });

/** 'outlet is 1,048,576 characters; at most 300 allowed', 'title expected string, received number': the field named once. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], whole = 'line'): string {
  return issues
    .map((issue) => {
      const field = issue.path.join('.');
      if (!field) return `${whole} ${issue.message}`;
      return issue.message.startsWith(`${field} `) || issue.message.startsWith(`the "${field}" field`) ? issue.message : `${field} ${issue.message}`;
    })
    .join('; ');
}

/** One JSON value of a JSONL file or upload as an article, or why it is not one. */
export function articleFromJsonl(json: unknown, source: string): { article: RawArticle } | { reason: string } {
  const parsed = jsonlArticle.safeParse(json);
  if (!parsed.success) return { reason: `is not an article: ${describeIssues(parsed.error.issues)}` };
  const { text, html, url, title, outlet, published } = parsed.data;
  const useHtml = Boolean(html?.trim());
  // Only a headline: it is the article's text, so two different headlines are two articles.
  const useTitle = !useHtml && !text?.trim();
  const body = storableArticleText((useHtml ? html : useTitle ? title : text) as string, `the "${useHtml ? 'html' : useTitle ? 'title' : 'text'}" field`);
  if ('refused' in body) return { reason: body.refused };
  const supplied: SuppliedMetadata = {
    from: 'jsonl',
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
  };
  return {
    article: {
      source,
      format: useHtml ? 'html' : 'text',
      content: body.text,
      encoding: 'utf-8',
      supplied,
      ...(body.warning ? { warnings: [`${source}: ${body.warning}`] } : {}),
    },
  };
}
