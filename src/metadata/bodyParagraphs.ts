import type { CleanArticle } from '../clean/types.js';

/** The clean text's body paragraphs, in order: the first holds an agency's dateline ('WASHINGTON, Oct 27, 2019 (Reuters) - ...'). */
export function bodyParagraphs(clean: CleanArticle): string[] {
  return clean.paragraphs.filter((p) => p.kind === 'body').map((p) => clean.text.slice(p.start, p.end));
}
